namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>A merge named the same entity as canonical and duplicate.</summary>
public sealed class CannotMergeEntityWithItselfException : Exception
{
    public CannotMergeEntityWithItselfException()
    {
    }

    public CannotMergeEntityWithItselfException(string message)
        : base(message)
    {
    }

    public CannotMergeEntityWithItselfException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
