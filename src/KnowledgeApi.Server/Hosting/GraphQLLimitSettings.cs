using KnowledgeApi.GraphQL.AspNetCore.Http;

namespace KnowledgeApi.Server.Hosting;

/// <summary>
/// The server's protective limits, from the <c>GraphQL</c> configuration section (environment:
/// <c>GraphQL__ExecutionTimeout</c>...). Defaults are Hot Chocolate's; persisted operations and the
/// rate limit are off until configured.
/// </summary>
internal sealed record GraphQLLimitSettings
{
    /// <summary>HC's default execution timeout.</summary>
    public static readonly TimeSpan DefaultExecutionTimeout = TimeSpan.FromSeconds(30);

    /// <summary>HC's default <c>nodes(ids:)</c> batch size.</summary>
    public const int DefaultMaxAllowedNodeBatchSize = 10;

    /// <summary>
    /// <c>GraphQL:EnableIntrospection</c>: whether <c>__schema</c>/<c>__type</c> are answered. On by default in
    /// every environment (our users explore with Banana Cake Pop); off, they get HC0046 while the SDL
    /// download stays available, as in Hot Chocolate.
    /// </summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary><c>GraphQL:ExecutionTimeout</c> (e.g. <c>00:00:30</c>): a request running longer is cancelled with HC0045.</summary>
    public TimeSpan ExecutionTimeout { get; init; } = DefaultExecutionTimeout;

    /// <summary><c>GraphQL:MaxRequestSize</c>: the largest POST body in bytes (HC0010, 413).</summary>
    public long MaxRequestSize { get; init; } = GraphQLServerOptions.DefaultMaxRequestBodySize;

    /// <summary><c>GraphQL:MaxAllowedNodeBatchSize</c>: how many ids one <c>nodes(ids:)</c> may ask for (HC0076).</summary>
    public int MaxAllowedNodeBatchSize { get; init; } = DefaultMaxAllowedNodeBatchSize;

    /// <summary><c>GraphQL:MaxPageSize</c>: the largest <c>first</c>/<c>last</c> a connection accepts (HC0051); HC's 50 by default.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary><c>GraphQL:PersistedOperations:Directory</c>: the folder of trusted documents, <c>{hash}.graphql</c>; none by default.</summary>
    public string? PersistedOperationsDirectory { get; init; }

    /// <summary><c>GraphQL:PersistedOperations:OnlyAllowPersisted</c>: refuse every document a client sends (HC0067).</summary>
    public bool OnlyAllowPersisted { get; init; }

    /// <summary><c>GraphQL:PersistedOperations:Automatic</c>: answer automatic persisted queries (APQ).</summary>
    public bool AutomaticPersistedOperations { get; init; }

    /// <summary><c>GraphQL:RateLimit:PermitsPerWindow</c>: operations per client and window; 0 (default) is off.</summary>
    public int RateLimitPermitsPerWindow { get; init; }

    /// <summary><c>GraphQL:RateLimit:Window</c>: the rate limit's window, one minute by default.</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    public static GraphQLLimitSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("GraphQL");
        var defaults = new GraphQLLimitSettings();
        var settings = new GraphQLLimitSettings
        {
            EnableIntrospection = section.GetValue("EnableIntrospection", defaults.EnableIntrospection),
            ExecutionTimeout = section.GetValue("ExecutionTimeout", defaults.ExecutionTimeout),
            MaxRequestSize = section.GetValue("MaxRequestSize", defaults.MaxRequestSize),
            MaxAllowedNodeBatchSize = section.GetValue("MaxAllowedNodeBatchSize", defaults.MaxAllowedNodeBatchSize),
            MaxPageSize = section.GetValue("MaxPageSize", defaults.MaxPageSize),
            PersistedOperationsDirectory = section["PersistedOperations:Directory"] is { Length: > 0 } directory ? directory : null,
            OnlyAllowPersisted = section.GetValue("PersistedOperations:OnlyAllowPersisted", false),
            AutomaticPersistedOperations = section.GetValue("PersistedOperations:Automatic", false),
            RateLimitPermitsPerWindow = section.GetValue("RateLimit:PermitsPerWindow", 0),
            RateLimitWindow = section.GetValue("RateLimit:Window", defaults.RateLimitWindow),
        };
        settings.Validate();
        return settings;
    }

    /// <summary>Fails at start for settings that would refuse everything or nothing, rather than at the first request.</summary>
    private void Validate()
    {
        if (ExecutionTimeout <= TimeSpan.Zero || MaxRequestSize <= 0 || MaxAllowedNodeBatchSize <= 0 || MaxPageSize <= 0 || RateLimitPermitsPerWindow < 0 || RateLimitWindow <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                "GraphQL limits must be positive: ExecutionTimeout, MaxRequestSize, MaxAllowedNodeBatchSize, MaxPageSize and RateLimit:Window (RateLimit:PermitsPerWindow may be 0 for off).");
        }

        if (OnlyAllowPersisted && PersistedOperationsDirectory is null)
        {
            throw new InvalidOperationException(
                "GraphQL:PersistedOperations:OnlyAllowPersisted needs GraphQL:PersistedOperations:Directory, the folder of the documents clients may run.");
        }
    }
}
