namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>A mention inside one paragraph, as the speaker rules look it up.</summary>
/// <param name="Key">The entity mentioned.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Start">First character of the mention.</param>
/// <param name="End">Character just past it.</param>
/// <param name="TokenIndex">Index of the mention's first token in the paragraph.</param>
/// <param name="TokenCount">How many tokens it covers.</param>
internal readonly record struct MentionRef(string Key, EntityKind Kind, int Start, int End, int TokenIndex, int TokenCount);
