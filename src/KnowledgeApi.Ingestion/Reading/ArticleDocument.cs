using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// A cleaned article: what <see cref="CleanStep"/> makes of an <see cref="ArticleFile"/> and what
/// the knowledge base stores. Paragraphs are plain text (no Markdown), publisher boilerplate
/// removed, page-break splits rejoined, the dateline taken off the first paragraph.
/// </summary>
public sealed record ArticleDocument(
    string SourceName,
    string Title,
    string? Subtitle,
    IReadOnlyList<string> Authors,
    string? Agency,
    PublishedDate? PublishedOn,
    Dateline? Dateline,
    string? Publisher,
    IReadOnlyList<string> Paragraphs,
    string ContentHash,
    int WordCount)
{
    /// <summary>The extraction contract's input.</summary>
    public ArticleText ToArticleText() => new(Title, Paragraphs);
}
