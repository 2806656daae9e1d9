using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Variables are input types: a variable is declared as a scalar, enum or input object (possibly
/// wrapped in lists and non-null). https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types
/// </summary>
internal sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        var type = TypeRelations.TypeFromAst(context.Schema, node.Type);
        if (type is null || type.IsInputType())
        {
            return;
        }

        var name = node.Variable.Name.Value;
        var typeText = type.Print();
        context.ReportError(ValidationErrors.Create(
            $"The variable `${name}` cannot be of the output type `{typeText}`; variables must have input types.",
            SpecSections.VariablesAreInputTypes,
            node.Type,
            ("variable", name),
            ("variableType", typeText)));
    }
}
