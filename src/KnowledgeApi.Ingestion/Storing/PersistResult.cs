namespace KnowledgeApi.Ingestion.Storing;

/// <summary>What storing an article did.</summary>
public enum PersistStatus
{
    /// <summary>A new article.</summary>
    Added,

    /// <summary>A known article (same source name or slug) whose content changed: replaced.</summary>
    Updated,

    /// <summary>A known article with the same content hash: nothing written.</summary>
    Unchanged,
}

/// <summary>The outcome of <see cref="PersistStep"/> for one article.</summary>
public sealed record PersistResult(PersistStatus Status, int ArticleId);
