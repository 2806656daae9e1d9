using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Reading;

namespace KnowledgeApi.Ingestion.Pipeline;

/// <summary>
/// Step 3: runs the registered <see cref="IArticleExtractor"/> on the cleaned text, outside any
/// database transaction (it is the slow, CPU-bound part and needs no data).
/// </summary>
public static class ExtractStep
{
    public static ExtractedArticle Extract(IArticleExtractor extractor, ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(document);
        return extractor.Extract(document.ToArticleText());
    }
}
