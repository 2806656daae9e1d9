namespace KnowledgeApi.Knowledge.Model;

/// <summary>
/// One normalized lookup key (case-folded, accents removed, whitespace collapsed) of an entity's
/// name or alias. Entity names keep ordinal, case-sensitive collation for filtering and sorting;
/// loose matching for entity resolution happens here instead, on an indexed exact column.
/// </summary>
public sealed class EntityKey
{
    public int Id { get; set; }

    public int EntityId { get; set; }

    public Entity Entity { get; set; } = null!;

    /// <summary>The entity's type, repeated so that a key is unique per type.</summary>
    public EntityType EntityType { get; set; }

    /// <summary>The normalized key, as <see cref="EntityKeyNormalizer.Normalize"/> makes it.</summary>
    public required string Value { get; set; }
}
