namespace KnowledgeApi.Knowledge.Model;

/// <summary>
/// Something an article can mention: a person, an organization, an event or a place.
/// </summary>
/// <remarks>
/// One abstract base mapped table-per-hierarchy (one <c>Entities</c> table, <see cref="Type"/> as
/// the discriminator) because mentions, quotation speakers, links and the alias lookup all point
/// at "an entity" without caring which kind: one foreign key instead of four, and ids that are
/// unique across kinds (so a global id needs no kind prefix to be unambiguous).
/// </remarks>
public abstract class Entity
{
    protected Entity(EntityType type) => Type = type;

    public int Id { get; set; }

    /// <summary>Which kind of entity this row is; the TPH discriminator.</summary>
    public EntityType Type { get; private set; }

    /// <summary>The canonical, full name ("Andrés Manuel López Obrador"), compared ordinally.</summary>
    public required string Name { get; set; }

    /// <summary>Other names the texts use ("AMLO", "López Obrador"); a JSON column SQL can search.</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>A short description or role ("President of Mexico").</summary>
    public string? Description { get; set; }

    /// <summary>The category within the type, where one applies ("newspaper", "political party").</summary>
    public string? Kind { get; set; }

    /// <summary>True when curated by a person; false when found by rules during ingestion.</summary>
    public bool Confirmed { get; set; }

    /// <summary>Normalized name and alias keys used to resolve new mentions to this entity.</summary>
    public ICollection<EntityKey> Keys { get; } = [];

    public ICollection<Mention> Mentions { get; } = [];
}
