namespace KnowledgeApi.GraphQL.AspNetCore.RateLimiting;

/// <summary>
/// A per-client limit on GraphQL operations: at most <see cref="PermitsPerWindow"/> per
/// <see cref="Window"/> (fixed windows). Off until <see cref="PermitsPerWindow"/> is positive.
/// </summary>
public sealed class GraphQLRateLimitOptions
{
    /// <summary>Operations one client may send per window; 0 (the default) switches the limit off.</summary>
    public int PermitsPerWindow { get; set; }

    /// <summary>The length of one window (one minute by default).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>True when a limit is configured.</summary>
    public bool IsEnabled => PermitsPerWindow > 0 && Window > TimeSpan.Zero;
}
