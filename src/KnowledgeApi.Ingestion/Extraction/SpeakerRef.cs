namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>A resolved speaker: an entity (with its kind) or an unnamed descriptor.</summary>
internal sealed record SpeakerRef(string? Key, EntityKind? Kind, string? Descriptor)
{
    public static SpeakerRef Entity(string key, EntityKind kind) => new(key, kind, null);

    public static SpeakerRef Unnamed(string descriptor) => new(null, null, descriptor);

    public ExtractedSpeaker ToExtracted() => new(Key, Key is null ? Descriptor : null);

    /// <summary>Whether a pronoun of the given class can point at this speaker.</summary>
    public bool Fits(PronounClass pronoun) => pronoun switch
    {
        PronounClass.Person => Key is null || Kind == EntityKind.Person,
        PronounClass.Thing => Kind is EntityKind.Organization or EntityKind.Place,
        _ => true,
    };
}

/// <summary>What a pronoun can refer to: he/she a person, it an organisation, they anything.</summary>
internal enum PronounClass
{
    Person,
    Thing,
    Any,
}

internal static class Pronouns
{
    public static PronounClass? ClassOf(string word) => word.ToLowerInvariant() switch
    {
        "he" or "she" or "him" or "his" or "her" => PronounClass.Person,
        "it" or "its" => PronounClass.Thing,
        "they" or "their" or "them" => PronounClass.Any,
        _ => null,
    };

    public static bool IsRelative(string word) => word is "who" or "which" or "that" or "whom";
}
