using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Storing;

/// <summary>An entity as ingestion found it (an author, a publisher, an extracted entity), before resolution.</summary>
public sealed record EntityCandidate(
    EntityType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description = null,
    string? Kind = null,
    bool Confirmed = false,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null);
