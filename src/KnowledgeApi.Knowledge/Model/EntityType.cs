namespace KnowledgeApi.Knowledge.Model;

/// <summary>The kinds of <see cref="Entity"/>; stored as the discriminator of the entity table.</summary>
public enum EntityType
{
    Person,
    Organization,
    Event,
    Place,
}
