using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>One entity the newsroom knows about: canonical name, aliases, type and facts.</summary>
public sealed record GazetteerEntry(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    string? Category,
    DateOnly? StartsOn,
    DateOnly? EndsOn);

/// <summary>
/// The curated list of notable entities (<c>seeds/gazetteer.json</c>). Entities it holds are
/// extracted as confirmed; everything else is found by rules and left unconfirmed.
/// </summary>
public sealed class Gazetteer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public Gazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new InvalidDataException("Every gazetteer entry needs an 'id' and a 'name'.");
            }

            if (!ids.Add(entry.Id))
            {
                throw new InvalidDataException($"The gazetteer id '{entry.Id}' is used twice.");
            }
        }

        Entries = entries;
    }

    /// <summary>An empty gazetteer: every entity is then found by rules.</summary>
    public static Gazetteer Empty { get; } = new([]);

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Reads a gazetteer file; a malformed file gives an <see cref="InvalidDataException"/> naming it.</summary>
    public static Gazetteer Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"The gazetteer '{path}' is not valid: {e.Message}", e);
        }
    }

    /// <summary>Parses gazetteer JSON: <c>{ "entities": [ { "id", "kind", "name", "aliases", ... } ] }</c>.</summary>
    public static Gazetteer Parse(string json)
    {
        GazetteerFile? file;
        try
        {
            file = JsonSerializer.Deserialize<GazetteerFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Gazetteer JSON could not be read: {e.Message}", e);
        }

        if (file?.Entities is null)
        {
            throw new InvalidDataException("Gazetteer JSON needs an 'entities' array.");
        }

        return new Gazetteer(file.Entities
            .Select(e => new GazetteerEntry(
                e.Id ?? "", e.Kind, e.Name ?? "", e.Aliases ?? [], e.Description, e.Category, e.StartsOn, e.EndsOn))
            .ToList());
    }

    private sealed record GazetteerFile(List<GazetteerFileEntry>? Entities);

    private sealed record GazetteerFileEntry(
        string? Id,
        EntityKind Kind,
        string? Name,
        List<string>? Aliases,
        string? Description,
        string? Category,
        DateOnly? StartsOn,
        DateOnly? EndsOn);
}
