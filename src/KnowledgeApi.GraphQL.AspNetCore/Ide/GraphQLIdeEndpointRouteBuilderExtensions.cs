using System.Buffers;
using KnowledgeApi.GraphQL.AspNetCore.Ide;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

// In the routing namespace, like ASP.NET Core's own Map* methods, so Program.cs needs no using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps Banana Cake Pop, the GraphQL IDE, served from the files embedded in this library.</summary>
public static class GraphQLIdeEndpointRouteBuilderExtensions
{
    private const string FirstSegment = "ideAssetFirst";
    private const string RestSegments = "ideAssetRest";
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    // Characters that would make the path a route template or not a path at all.
    private static readonly SearchValues<char> NonLiteral = SearchValues.Create("{}?#*\\");

    /// <summary>
    /// Serves the IDE so that it coexists with the GraphQL endpoint on the same path:
    /// a browser navigation to <paramref name="path"/> (GET or HEAD whose first Accept value is
    /// <c>text/html</c>) is redirected to <c>path/</c>, which serves the IDE's page; GETs of
    /// <c>path/&lt;file&gt;</c> serve its files and <c>path/bcp-config.json</c> its settings.
    /// Every other request at <paramref name="path"/> is left to the endpoints mapped there.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="path">Where the GraphQL endpoint lives, e.g. <c>/graphql</c>.</param>
    /// <param name="configure">Adjusts the options (title, endpoint, telemetry...).</param>
    /// <returns>A builder whose conventions apply to all of the IDE's endpoints.</returns>
    public static IEndpointConventionBuilder MapGraphQLIde(
        this IEndpointRouteBuilder endpoints,
        string path = "/graphql",
        Action<GraphQLIdeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var root = NormalizePath(path);
        var options = new GraphQLIdeOptions();
        configure?.Invoke(options);
        if (!options.Enable)
        {
            return new IdeEndpointConventionBuilder([]);
        }

        var site = new IdeSite(IdePackageFiles.Instance, options, root);

        // The page. A route constraint on a key that is no route parameter sees each request and
        // rejects all but browser navigations; the lower order makes the page win over a GraphQL
        // GET endpoint on the same path when both match. ASP.NET Core routing ignores a trailing
        // slash, so this endpoint also receives path/ and tells the two apart itself.
        var pagePattern = RoutePatternFactory.Parse(root, defaults: null, parameterPolicies: new RouteValueDictionary
        {
            [HtmlAcceptRouteConstraint.Key] = new HtmlAcceptRouteConstraint(),
        });
        var page = endpoints.Map(pagePattern, context => ServePageAsync(context, site, root))
            .WithMetadata(new HttpMethodMetadata(ReadMethods))
            .WithDisplayName($"Banana Cake Pop page {root}");
        page.Add(builder => ((RouteEndpointBuilder)builder).Order = -1);

        // The files: at least one segment below the root, so path/ alone never lands here.
        var files = endpoints.Map($"{root}/{{{FirstSegment}}}/{{**{RestSegments}}}", context => ServeFileAsync(context, site))
            .WithMetadata(new HttpMethodMetadata(ReadMethods))
            .WithDisplayName($"Banana Cake Pop files {root}/");

        return new IdeEndpointConventionBuilder([page, files]);
    }

    private static Task ServePageAsync(HttpContext context, IdeSite site, string root)
    {
        var request = context.Request;
        if (request.Path.Value is { } value && value.EndsWith('/'))
        {
            return IdeAssetResponder.WriteAsync(context, site.Index);
        }

        // The package references its files relatively ("static/js/..."), so the page must be
        // loaded from path/. Temporary (302): a permanent redirect would outlive disabling the IDE.
        context.Response.Redirect($"{request.PathBase}{root}/{request.QueryString}", permanent: false);
        return Task.CompletedTask;
    }

    private static Task ServeFileAsync(HttpContext context, IdeSite site)
    {
        var values = context.Request.RouteValues;
        var first = values[FirstSegment] as string ?? string.Empty;
        var rest = values[RestSegments] as string;
        var asset = site.Find(string.IsNullOrEmpty(rest) ? first : $"{first}/{rest}");
        if (asset is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return IdeAssetResponder.WriteAsync(context, asset);
    }

    private static string NormalizePath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.StartsWith('/') || path.AsSpan().IndexOfAny(NonLiteral) >= 0)
        {
            throw new ArgumentException($"The IDE path must be a literal path starting with '/', such as \"/graphql\"; \"{path}\" is not.", nameof(path));
        }

        var trimmed = path.TrimEnd('/');
        return trimmed.Length == 0
            ? throw new ArgumentException($"The IDE cannot be mapped at the site's root (\"{path}\"): its files live below its path.", nameof(path))
            : trimmed;
    }
}
