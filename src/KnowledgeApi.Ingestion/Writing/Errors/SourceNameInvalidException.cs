namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>The source name of a posted article is empty, too long or holds a path separator; it names the article on re-ingest, like a file name.</summary>
public sealed class SourceNameInvalidException : Exception
{
    public SourceNameInvalidException()
    {
    }

    public SourceNameInvalidException(string message)
        : base(message)
    {
    }

    public SourceNameInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
