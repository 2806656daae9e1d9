using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Server.Knowledge;

/// <summary>
/// TEMPORARY: the composition root's extractor until the real one
/// (<c>KnowledgeApi.Ingestion.Extraction.ArticleExtractor</c>) is merged. It finds nothing, so
/// articles, authors and publishers are stored but no mentions or quotations. Replace its
/// registration in <see cref="KnowledgeServiceCollectionExtensions"/> and delete it then.
/// </summary>
internal sealed class NoExtraction : IArticleExtractor
{
    public ExtractedArticle Extract(ArticleText article) => ExtractedArticle.Empty;
}
