namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Where a node sits in the source: byte offsets into the UTF-8 text (end exclusive) and the
/// 1-based line and column of its first character. Columns count UTF-16 code units, as
/// graphql-js does, so error positions match what JavaScript clients report.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
