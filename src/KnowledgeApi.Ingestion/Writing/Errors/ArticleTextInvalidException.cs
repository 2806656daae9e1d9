namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>The posted article text cannot be taken as an article: it holds NUL characters or is longer than a million characters.</summary>
public sealed class ArticleTextInvalidException : Exception
{
    public ArticleTextInvalidException()
    {
    }

    public ArticleTextInvalidException(string message)
        : base(message)
    {
    }

    public ArticleTextInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
