using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// Answers "did the request select this sub-field?" from the field's own selection set, looking
/// into inline fragments. A named fragment spread cannot be read from the field node alone, so it
/// counts as "maybe": the answer errs towards computing (a count too many, never one missing).
/// </summary>
internal static class SelectionInspector
{
    public static bool MaySelect(FieldNode field, string name) => field.SelectionSet is null || MaySelect(field.SelectionSet, name);

    /// <summary>Whether anything but <c>__typename</c> and the given fields may be selected.</summary>
    public static bool MaySelectOtherThan(FieldNode field, params ReadOnlySpan<string> names) =>
        field.SelectionSet is null || MaySelectOtherThan(field.SelectionSet, names);

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

    private static bool MaySelectOtherThan(SelectionSetNode set, ReadOnlySpan<string> names)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field when field.Name.Value != "__typename" && !names.Contains(field.Name.Value):
                    return true;
                case InlineFragmentNode inline when MaySelectOtherThan(inline.SelectionSet, names):
                    return true;
                case FragmentSpreadNode:
                    return true;
            }
        }

        return false;
    }
}
