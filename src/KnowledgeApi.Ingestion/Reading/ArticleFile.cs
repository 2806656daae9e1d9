namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// An article file as text lines, before any cleaning: what <see cref="ReadFileStep"/> hands to
/// <see cref="CleanStep"/>. Line numbers in errors are 1-based indexes into <see cref="Lines"/>.
/// </summary>
/// <param name="SourceName">The file's name without its folder: the article's identity on re-ingest.</param>
/// <param name="Lines">The lines, without line terminators.</param>
public sealed record ArticleFile(string SourceName, IReadOnlyList<string> Lines);
