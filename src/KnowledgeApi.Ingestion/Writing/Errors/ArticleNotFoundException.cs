namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>No article has the given id.</summary>
public sealed class ArticleNotFoundException : Exception
{
    public ArticleNotFoundException()
    {
    }

    public ArticleNotFoundException(string message)
        : base(message)
    {
    }

    public ArticleNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ArticleNotFoundException(int articleId)
        : base($"There is no article with the id {articleId}.")
    {
    }
}
