namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>The posted article has no title or no body text: nothing to ingest.</summary>
public sealed class ArticleTextEmptyException : Exception
{
    public ArticleTextEmptyException()
    {
    }

    public ArticleTextEmptyException(string message)
        : base(message)
    {
    }

    public ArticleTextEmptyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
