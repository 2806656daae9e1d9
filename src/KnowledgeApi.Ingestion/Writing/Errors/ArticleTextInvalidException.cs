namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>The posted article text cannot be read as an article (e.g. it holds NUL characters).</summary>
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
