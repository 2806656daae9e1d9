using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Field selection merging: fields that end up under the same response name, through aliases,
/// inline fragments or fragment spreads, must be the same field with the same arguments (unless
/// their parents are distinct object types) and must return shapes that can be merged.
/// https://spec.graphql.org/October2021/#sec-Field-Selection-Merging
/// </summary>
/// <remarks>
/// The comparison itself lives in <see cref="FieldConflictFinder"/>, which keeps its caches for
/// the whole document: each selection set is collected once and each pair of fragments (or of
/// field set and fragment) is compared once, as in graphql-js.
/// </remarks>
internal sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private FieldConflictFinder? finder;

    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        finder ??= new FieldConflictFinder(context);
        foreach (var conflict in finder.FindConflictsWithinSelectionSet(context.ParentType, node))
        {
            context.ReportError(ValidationErrors.Create(
                $"The fields `{conflict.ResponseName}` conflict because {conflict.Reason.Describe()}. Use different aliases on the fields to fetch both if this was intentional.",
                SpecSections.FieldSelectionMerging,
                [.. conflict.Fields1, .. conflict.Fields2],
                ("responseName", conflict.ResponseName)));
        }
    }
}
