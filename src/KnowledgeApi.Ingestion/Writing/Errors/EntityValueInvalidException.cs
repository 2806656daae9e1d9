namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>A name, alias, description or kind given to an entity is empty where a value is needed, or too long.</summary>
public sealed class EntityValueInvalidException : Exception
{
    public EntityValueInvalidException()
    {
    }

    public EntityValueInvalidException(string message)
        : base(message)
    {
    }

    public EntityValueInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
