namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Limits and switches for one parse. The limits are checked while parsing so hostile input
/// (deep nesting, huge documents) becomes a syntax error instead of a stack overflow or a
/// long CPU burn.
/// </summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>How deep selection sets, list and object values and list types may nest.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>How many tokens (excluding ignored ones) a document may contain.</summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>Skips <see cref="Location"/> on nodes, which saves memory when positions are not needed.</summary>
    public bool NoLocations { get; init; }
}
