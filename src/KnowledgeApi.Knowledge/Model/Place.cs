namespace KnowledgeApi.Knowledge.Model;

/// <summary>
/// A city, region or country. It earns its own type because events happen somewhere and
/// datelines name a place; keeping places apart from organizations keeps "Mexico" the country
/// distinct from "the Mexican government".
/// </summary>
public sealed class Place() : Entity(EntityType.Place)
{
    public ICollection<Event> Events { get; } = [];
}
