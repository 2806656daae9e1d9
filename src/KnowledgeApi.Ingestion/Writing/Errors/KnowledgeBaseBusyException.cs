namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>The knowledge base stayed locked by other writers longer than a write waits; the write changed nothing and may be retried.</summary>
public sealed class KnowledgeBaseBusyException : Exception
{
    public KnowledgeBaseBusyException()
    {
    }

    public KnowledgeBaseBusyException(string message)
        : base(message)
    {
    }

    public KnowledgeBaseBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
