namespace KnowledgeApi.Ingestion.Writing.Errors;

/// <summary>
/// The alias (after normalization: case, accents, spacing) already names another entity of the
/// same type, so taking it would make entity resolution ambiguous; merge the two instead.
/// </summary>
public sealed class AliasAlreadyUsedException : Exception
{
    public AliasAlreadyUsedException()
    {
    }

    public AliasAlreadyUsedException(string message)
        : base(message)
    {
    }

    public AliasAlreadyUsedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AliasAlreadyUsedException(string alias, string usedBy)
        : base($"The name \"{alias}\" already belongs to \"{usedBy}\"; merge the two entities instead.")
    {
        Alias = alias;
        UsedBy = usedBy;
    }

    /// <summary>The alias or name that was refused.</summary>
    public string Alias { get; } = string.Empty;

    /// <summary>The name of the entity that already has it.</summary>
    public string UsedBy { get; } = string.Empty;
}
