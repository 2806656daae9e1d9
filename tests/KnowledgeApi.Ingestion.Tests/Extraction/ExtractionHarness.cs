using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Ingestion.Tests.Extraction;

/// <summary>Runs the real extractor with the real gazetteer on a few paragraphs written in a test.</summary>
internal static class ExtractionHarness
{
    private static readonly ArticleExtractor Extractor = new(CorpusArticle.Gazetteer);

    public static ExtractedArticle Extract(params string[] paragraphs) => Extractor.Extract(new ArticleText("", paragraphs));

    public static ExtractedArticle ExtractWithTitle(string title, params string[] paragraphs) => Extractor.Extract(new ArticleText(title, paragraphs));

    public static ExtractedQuotation Quotation(this ExtractedArticle article, string startsWith) =>
        article.Quotations.Single(q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));

    /// <summary>The speaker's entity name, or its descriptor, or null.</summary>
    public static string? SpeakerOf(this ExtractedArticle article, string quotationStart)
    {
        var speaker = article.Quotation(quotationStart).Speaker;
        return speaker?.EntityKey is { } key ? article.Entities.Single(e => e.Key == key).Name : speaker?.Descriptor;
    }

    public static ExtractedEntity Entity(this ExtractedArticle article, string name) => article.Entities.Single(e => e.Name == name);
}
