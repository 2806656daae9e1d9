using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Leaf field selections: a field of a scalar or enum type has no selection set, and a field of
/// an object, interface or union type must have one. https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections
/// </summary>
internal sealed class ScalarLeafsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.Type is not { } type || context.FieldDefinition is not { } field)
        {
            return;
        }

        var name = node.Name.Value;
        var typeText = type.Print();
        var responseName = (node.Alias ?? node.Name).Value;
        if (type.NamedType().IsLeafType())
        {
            if (node.SelectionSet is { } selectionSet)
            {
                context.ReportError(ValidationErrors.Create(
                    $"The field `{name}` returns `{typeText}`, which has no fields, so it cannot have a selection set.",
                    SpecSections.LeafFieldSelections,
                    selectionSet,
                    ("declaringType", field.DeclaringType.Name),
                    ("field", name),
                    ("type", typeText),
                    ("responseName", responseName)));
            }
        }
        else if (node.SelectionSet is null || node.SelectionSet.Selections.Count == 0)
        {
            context.ReportError(ValidationErrors.Create(
                $"The field `{name}` returns `{typeText}`, so it needs a selection set naming the fields to fetch, e.g. `{name} {{ ... }}`.",
                SpecSections.FieldSelections,
                node,
                ("declaringType", field.DeclaringType.Name),
                ("field", name),
                ("type", typeText),
                ("responseName", responseName)));
        }
    }
}
