using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spread is possible: a fragment is only spread where some object could be of both
/// the fragment's type and the enclosing type. https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible
/// </summary>
internal sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        var fragmentType = context.Type as INamedType;
        if (node.TypeCondition is not null && fragmentType.IsCompositeType())
        {
            Check(context, node, fragmentType!, null);
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (context.GetFragment(name) is { } fragment
            && context.Schema.TryGetType(fragment.TypeCondition.Name.Value, out var fragmentType)
            && fragmentType.IsCompositeType())
        {
            Check(context, node, fragmentType, name);
        }
    }

    private static void Check(ValidationContext context, ISyntaxNode node, INamedType fragmentType, string? fragmentName)
    {
        if (context.ParentType is not { } parentType || TypeRelations.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            return;
        }

        var subject = fragmentName is null ? "An inline fragment" : $"The fragment `{fragmentName}`";
        context.ReportError(ValidationErrors.Create(
            $"{subject} on `{fragmentType.Name}` cannot be spread here: no object of type `{parentType.Name}` can ever be of type `{fragmentType.Name}`.",
            SpecSections.FragmentSpreadIsPossible,
            node,
            ("typeCondition", fragmentType.Name),
            ("selectionSetType", parentType.Name),
            ("fragment", fragmentName)));
    }
}
