using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Fragments on composite types: a fragment's type condition is an object, interface or union,
/// since only those have fields to select. https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types
/// </summary>
internal sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition)
        {
            Check(context, condition, null);
        }
    }

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) =>
        Check(context, node.TypeCondition, node.Name.Value);

    private static void Check(ValidationContext context, NamedTypeNode condition, string? fragmentName)
    {
        if (!context.Schema.TryGetType(condition.Name.Value, out var type) || type.IsCompositeType())
        {
            return;
        }

        var subject = fragmentName is null ? "An inline fragment" : $"The fragment `{fragmentName}`";
        context.ReportError(ValidationErrors.Create(
            $"{subject} cannot have the type condition `{type.Name}`: fragments can only be on objects, interfaces and unions.",
            SpecSections.FragmentsOnCompositeTypes,
            condition,
            ("typeCondition", type.Name),
            ("fragment", fragmentName)));
    }
}
