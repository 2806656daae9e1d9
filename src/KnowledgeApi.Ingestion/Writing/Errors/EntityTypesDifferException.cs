namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>A merge named two entities of different types (a person and a place...), which cannot be one thing.</summary>
public sealed class EntityTypesDifferException : Exception
{
    public EntityTypesDifferException()
    {
    }

    public EntityTypesDifferException(string message)
        : base(message)
    {
    }

    public EntityTypesDifferException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
