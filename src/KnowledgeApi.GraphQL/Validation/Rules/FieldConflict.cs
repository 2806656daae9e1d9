using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>Two sets of fields under one response name that cannot be merged, and why.</summary>
internal sealed record FieldConflict(
    string ResponseName,
    FieldConflictReason Reason,
    IReadOnlyList<FieldNode> Fields1,
    IReadOnlyList<FieldNode> Fields2);

/// <summary>Why fields conflict: a direct reason, or the conflicts found among their subfields.</summary>
internal sealed record FieldConflictReason(string? Message, IReadOnlyList<(string ResponseName, FieldConflictReason Reason)>? Subfields)
{
    public string Describe() => Message ?? string.Join(
        " and ",
        Subfields!.Select(s => $"subfields `{s.ResponseName}` conflict because {s.Reason.Describe()}"));
}
