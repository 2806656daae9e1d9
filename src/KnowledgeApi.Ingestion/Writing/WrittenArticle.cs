using KnowledgeApi.Ingestion.Storing;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Writing;

/// <summary>What <see cref="KnowledgeWriter.IngestArticleAsync"/> stored: the article as it now is, and whether it was new, replaced or unchanged.</summary>
public sealed record WrittenArticle(Article Article, PersistStatus Status);
