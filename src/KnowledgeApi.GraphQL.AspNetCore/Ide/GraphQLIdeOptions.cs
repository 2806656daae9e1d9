namespace KnowledgeApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// How Banana Cake Pop is served and what it is told through <c>bcp-config.json</c>. The names
/// follow Hot Chocolate's tool options so a reader who knows HC finds them where expected.
/// </summary>
public sealed class GraphQLIdeOptions
{
    /// <summary>When false, <c>MapGraphQLIde</c> maps nothing, so the path stays free for other endpoints.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>
    /// The page's title: the package's own <c>&lt;title&gt;</c> is replaced, so it shows while the
    /// IDE loads; once a document tab is open the IDE writes its own ("untitled 1 - Banana Cake Pop").
    /// </summary>
    public string Title { get; set; } = "Banana Cake Pop";

    /// <summary>
    /// The GraphQL endpoint the IDE sends operations to. With
    /// <see cref="UseBrowserUrlAsGraphQLEndpoint"/> it is resolved against the IDE's own URL;
    /// left empty, the IDE's URL itself (<c>/graphql</c>) is the endpoint.
    /// </summary>
    public string? GraphQLEndpoint { get; set; }

    /// <summary>Resolve the endpoint from the address the browser used, so proxies and ports need no setting.</summary>
    public bool UseBrowserUrlAsGraphQLEndpoint { get; set; } = true;

    /// <summary>
    /// Keeps the IDE from posting usage data to ChilliCream. On by default: the IDE must work on a
    /// machine without network, and a server's users did not opt in to telemetry.
    /// </summary>
    public bool DisableTelemetry { get; set; } = true;

    /// <summary>Send the browser's cookies with the IDE's GraphQL requests.</summary>
    public bool IncludeCookies { get; set; }

    /// <summary>Send queries as HTTP GET instead of POST.</summary>
    public bool UseGet { get; set; }
}
