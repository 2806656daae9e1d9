using KnowledgeApi.GraphQL.AspNetCore.Ide;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.AspNetCore.Http;

/// <summary>
/// What the GraphQL endpoint accepts and serves. Names and defaults follow Hot Chocolate's
/// <c>GraphQLServerOptions</c>, so a reader who knows HC finds each switch where expected.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>
    /// Hot Chocolate's documented limit (20 000 kB). Large enough for any hand-written or generated
    /// operation, small enough that a client cannot make the server buffer megabytes per request.
    /// </summary>
    public const long DefaultMaxRequestBodySize = 20 * 1000 * 1024;

    /// <summary>Answer GraphQL requests sent as GET with query-string parameters.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>
    /// Operation kinds a GET may run. Queries only by default: a GET must stay safe to repeat,
    /// prefetch and cache, so a mutation over GET is answered 405.
    /// </summary>
    public AllowedOperations AllowedGetOperations { get; set; } = AllowedOperations.Query;

    /// <summary>The largest POST body read, in bytes; a larger one is answered 413 (HC0010).</summary>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;

    /// <summary>Serve the schema as SDL at <c>path?sdl</c>; when false that request is a 404.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>Also serve the SDL as a file at <c>path/schema.graphql</c> (and <c>path/schema</c>).</summary>
    public bool EnableSchemaFileSupport { get; set; } = true;

    /// <summary>Banana Cake Pop at the same path; <see cref="GraphQLIdeOptions.Enable"/> switches it off.</summary>
    public GraphQLIdeOptions Tool { get; } = new();

    /// <summary>A copy, so one endpoint's adjustments never leak into the shared defaults.</summary>
    internal GraphQLServerOptions Clone()
    {
        var copy = new GraphQLServerOptions
        {
            EnableGetRequests = EnableGetRequests,
            AllowedGetOperations = AllowedGetOperations,
            MaxRequestBodySize = MaxRequestBodySize,
            EnableSchemaRequests = EnableSchemaRequests,
            EnableSchemaFileSupport = EnableSchemaFileSupport,
        };
        CopyTool(Tool, copy.Tool);
        return copy;
    }

    /// <summary>Copies every IDE setting; <c>MapGraphQL</c> hands the copy to <c>MapGraphQLIde</c>.</summary>
    internal static void CopyTool(GraphQLIdeOptions from, GraphQLIdeOptions to)
    {
        to.Enable = from.Enable;
        to.Title = from.Title;
        to.GraphQLEndpoint = from.GraphQLEndpoint;
        to.UseBrowserUrlAsGraphQLEndpoint = from.UseBrowserUrlAsGraphQLEndpoint;
        to.DisableTelemetry = from.DisableTelemetry;
        to.IncludeCookies = from.IncludeCookies;
        to.UseGet = from.UseGet;
    }
}
