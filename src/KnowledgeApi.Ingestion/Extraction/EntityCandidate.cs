namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>An entity while an article is being read: facts gathered so far, mutable until output.</summary>
internal sealed class EntityCandidate(string key, EntityKind kind, string name, bool confirmed)
{
    public string Key { get; } = key;

    public EntityKind Kind { get; } = kind;

    public string Name { get; } = name;

    public bool Confirmed { get; } = confirmed;

    public string? Description { get; init; }

    public string? Category { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    /// <summary>Aliases known before reading (gazetteer) or defined by the text ("(known as AMLO)").</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>Titles seen before the name ("governor", "general"), lower case: "the governor said" finds them.</summary>
    public HashSet<string> Titles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ExtractedEntity ToExtracted(IEnumerable<string> surfaceForms)
    {
        var aliases = Aliases.Concat(surfaceForms)
            .Where(a => !string.Equals(a, Name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ExtractedEntity(Key, Kind, Name, aliases, Description, Category, Confirmed, StartsOn, EndsOn);
    }

    public static EntityCandidate FromGazetteer(GazetteerEntry entry)
    {
        var candidate = new EntityCandidate(GazetteerKey(entry.Id), entry.Kind, entry.Name, confirmed: true)
        {
            Description = entry.Description,
            Category = entry.Category,
            StartsOn = entry.StartsOn,
            EndsOn = entry.EndsOn,
        };
        candidate.Aliases.AddRange(entry.Aliases);
        return candidate;
    }

    public static string GazetteerKey(string id) => "gazetteer:" + id;

    public static string RuleKey(EntityKind kind, string name) =>
        kind.ToString().ToUpperInvariant()[..3] + ":" + TextFolding.Slug(name);
}
