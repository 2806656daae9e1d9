using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Storing;

/// <summary>Translates the extraction contract's vocabulary into the knowledge model's.</summary>
internal static class ExtractionMapping
{
    public static EntityType ToEntityType(EntityKind kind) => kind switch
    {
        EntityKind.Person => EntityType.Person,
        EntityKind.Organization => EntityType.Organization,
        EntityKind.Event => EntityType.Event,
        EntityKind.Place => EntityType.Place,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind."),
    };

    public static EntityCandidate ToCandidate(ExtractedEntity entity) => new(
        ToEntityType(entity.Kind),
        entity.Name,
        entity.Aliases,
        entity.Description,
        entity.Category,
        entity.Confirmed,
        entity.StartsOn,
        entity.EndsOn);
}
