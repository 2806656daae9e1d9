using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// Answers "did the request select this sub-field of the connection?". The executor's look-ahead
/// (<see cref="ISelectionContext"/>) has fragments expanded and <c>@skip</c>/<c>@include</c>
/// applied; without it (a context from elsewhere) the field's own syntax is read, where a named
/// fragment spread counts as "maybe", so the answer errs towards computing, never towards missing.
/// </summary>
internal static class SelectionInspector
{
    public static bool MaySelect(IResolverContext context, string name) =>
        Planned(context) is { } planned
            ? planned.Any(s => s.Field.Name == name)
            : context.Selection.SelectionSet is null || MaySelect(context.Selection.SelectionSet, name);

    /// <summary>Whether anything but <c>__typename</c> and the given field may be selected.</summary>
    public static bool MaySelectOtherThan(IResolverContext context, string name) =>
        Planned(context) is { } planned
            ? planned.Any(s => s.Field.Name != name && s.Field.Name != "__typename")
            : context.Selection.SelectionSet is null || MaySelectOtherThan(context.Selection.SelectionSet, name);

    private static IReadOnlyList<ISelection>? Planned(IResolverContext context) =>
        context is ISelectionContext selections && context.Field.Type.NamedType() is ObjectType type
            ? selections.GetSelections(type)
            : null;

    private static bool MaySelect(SelectionSetNode set, string name)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field when field.Name.Value == name:
                    return true;
                case InlineFragmentNode inline when MaySelect(inline.SelectionSet, name):
                    return true;
                case FragmentSpreadNode:
                    return true;
            }
        }

        return false;
    }

    private static bool MaySelectOtherThan(SelectionSetNode set, string name)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field when field.Name.Value != "__typename" && field.Name.Value != name:
                    return true;
                case InlineFragmentNode inline when MaySelectOtherThan(inline.SelectionSet, name):
                    return true;
                case FragmentSpreadNode:
                    return true;
            }
        }

        return false;
    }
}
