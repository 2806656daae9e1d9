using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Executable definitions: a request document holds only operations and fragments; type-system
/// definitions and extensions belong to a schema, not a request.
/// https://spec.graphql.org/October2021/#sec-Executable-Definitions
/// </summary>
internal sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is IExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition is INamedSyntaxNode named ? named.Name.Value : "schema";
            context.ReportError(ValidationErrors.Create(
                $"The definition of `{name}` is a type-system definition; a request may only contain operations and fragments.",
                SpecSections.ExecutableDefinitions,
                definition,
                ("definition", name)));
        }
    }
}
