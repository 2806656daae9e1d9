namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>No person, organization, event or place has the given id.</summary>
public sealed class EntityNotFoundException : Exception
{
    public EntityNotFoundException()
    {
    }

    public EntityNotFoundException(string message)
        : base(message)
    {
    }

    public EntityNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EntityNotFoundException(int entityId)
        : base($"There is no entity with the id {entityId}.")
    {
    }
}
