namespace KnowledgeApi.Ingestion.Reading;

/// <summary>A wire story's dateline ("WASHINGTON (AP) —"): the place and, when given, the agency.</summary>
public sealed record Dateline(string Place, string? Agency);
