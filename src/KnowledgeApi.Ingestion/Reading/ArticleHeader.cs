namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// What the lines above the body say: title, subtitle, byline, date, publisher; and
/// <c>BodyStart</c>, the index into the file's lines where the body begins.
/// </summary>
internal sealed record ArticleHeader(
    string Title,
    string? Subtitle,
    IReadOnlyList<string> Authors,
    string? Agency,
    PublishedDate? PublishedOn,
    string? Publisher,
    int BodyStart);
