namespace KnowledgeApi.Knowledge.Model;

/// <summary>Something that happened: a date or date range, and where, when the text says.</summary>
public sealed class Event() : Entity(EntityType.Event)
{
    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int? PlaceId { get; set; }

    public Place? Place { get; set; }
}
