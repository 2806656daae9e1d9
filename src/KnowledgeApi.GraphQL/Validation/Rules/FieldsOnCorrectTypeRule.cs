using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Field selections: every selected field is defined on the type it is selected on
/// (<c>__typename</c> on any composite type, <c>__schema</c> and <c>__type</c> on the query type).
/// https://spec.graphql.org/October2021/#sec-Field-Selections-on-Objects-Interfaces-and-Unions-Types
/// </summary>
internal sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.ParentType is not { } parentType || context.FieldDefinition is not null)
        {
            return;
        }

        var name = node.Name.Value;
        context.ReportError(ValidationErrors.Create(
            $"The field `{name}` does not exist on the type `{parentType.Name}`.",
            SpecSections.FieldSelections,
            node,
            ("type", parentType.Name),
            ("field", name),
            ("responseName", (node.Alias ?? node.Name).Value)));
    }
}
