using System.Buffers;
using KnowledgeApi.GraphQL.AspNetCore.Http;
using KnowledgeApi.GraphQL.AspNetCore.Http.Sdl;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// In the routing namespace, like ASP.NET Core's own Map* methods, so Program.cs needs no using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL endpoint family, as Hot Chocolate's <c>MapGraphQL</c> does.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    private static readonly SearchValues<char> NonLiteral = SearchValues.Create("{}?#*\\");

    /// <summary>
    /// Serves GraphQL at <paramref name="path"/>:
    /// <list type="bullet">
    /// <item>POST <c>application/json</c> at the path and anything below it (the IDE posts to <c>path/</c>);</item>
    /// <item>GET with <c>query</c>/<c>operationName</c>/<c>variables</c>/<c>extensions</c> parameters (queries only by default);</item>
    /// <item>GET <c>path?sdl</c>, <c>path/schema.graphql</c> and <c>path/schema</c>: the schema as SDL;</item>
    /// <item>a browser's GET: Banana Cake Pop (see <c>MapGraphQLIde</c>).</item>
    /// </list>
    /// Options come from <c>AddGraphQLServer().ModifyServerOptions(...)</c>; <paramref name="configure"/>
    /// adjusts them for this path only.
    /// </summary>
    /// <returns>A builder whose conventions (CORS, authorization, host filters) apply to every endpoint of the family.</returns>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints,
        string path = "/graphql",
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var root = NormalizePath(path);
        var options = (endpoints.ServiceProvider.GetService<IOptions<GraphQLServerOptions>>()?.Value ?? new GraphQLServerOptions()).Clone();
        configure?.Invoke(options);

        var http = new GraphQLHttpEndpoint(options);
        var schema = new SchemaRequestHandler();
        var parts = new List<IEndpointConventionBuilder>
        {
            // The catch-all also matches the bare path, so one endpoint takes every POST.
            endpoints.Map($"{root}/{{**slug}}", http.HandlePostAsync)
                .WithMetadata(new HttpMethodMetadata([HttpMethods.Post], acceptCorsPreflight: true))
                .WithDisplayName($"GraphQL POST {root}"),
            endpoints.Map(root, context => HandleGetAsync(context, options, http, schema))
                .WithMetadata(new HttpMethodMetadata([HttpMethods.Get], acceptCorsPreflight: true))
                .WithDisplayName($"GraphQL GET {root}"),
        };

        if (options.EnableSchemaRequests && options.EnableSchemaFileSupport)
        {
            // Literal segments, so they win over the IDE's file route below the same path.
            foreach (var file in (string[])["schema", "schema.graphql"])
            {
                parts.Add(endpoints.Map($"{root}/{file}", schema.HandleAsync)
                    .WithMetadata(new HttpMethodMetadata([HttpMethods.Get], acceptCorsPreflight: true))
                    .WithDisplayName($"GraphQL schema {root}/{file}"));
            }
        }

        if (options.Tool.Enable)
        {
            parts.Add(endpoints.MapGraphQLIde(root, ide => GraphQLServerOptions.CopyTool(options.Tool, ide)));
        }

        return new GraphQLEndpointConventionBuilder(parts);
    }

    private static Task HandleGetAsync(HttpContext context, GraphQLServerOptions options, GraphQLHttpEndpoint http, SchemaRequestHandler schema)
    {
        if (!context.Request.Query.ContainsKey("sdl"))
        {
            return http.HandleGetAsync(context);
        }

        if (options.EnableSchemaRequests)
        {
            return schema.HandleAsync(context);
        }

        // As in HC: with schema requests off, the schema is simply not there.
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static string NormalizePath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.StartsWith('/') || path.AsSpan().IndexOfAny(NonLiteral) >= 0)
        {
            throw new ArgumentException($"The GraphQL path must be a literal path starting with '/', such as \"/graphql\"; \"{path}\" is not.", nameof(path));
        }

        var trimmed = path.TrimEnd('/');
        return trimmed.Length == 0
            ? throw new ArgumentException($"GraphQL cannot be mapped at the site's root (\"{path}\"): the IDE and schema files live below its path.", nameof(path))
            : trimmed;
    }
}
