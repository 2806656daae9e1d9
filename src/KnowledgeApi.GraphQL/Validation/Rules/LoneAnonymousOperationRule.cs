using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Lone anonymous operation: an operation without a name must be the only operation of the
/// document, or no request could select it. https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation
/// </summary>
internal sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int operationCount;

    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                operationCount++;
            }
        }
    }

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is null && operationCount > 1)
        {
            context.ReportError(ValidationErrors.Create(
                "An operation without a name must be the only operation in the document.",
                SpecSections.LoneAnonymousOperation,
                node,
                ("operations", operationCount)));
        }
    }
}
