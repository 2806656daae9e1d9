using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Operation type existence: a mutation or subscription needs the schema to have that root
/// type. In the current draft of the specification and graphql-js 17, not in graphql-js 16.
/// https://spec.graphql.org/draft/#sec-Operation-Type-Existence
/// </summary>
internal sealed class OperationTypeExistenceRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.GetRootType(node.Operation) is not null)
        {
            return;
        }

        var kind = node.Operation.ToString().ToLowerInvariant();
        context.ReportError(ValidationErrors.Create(
            $"This schema does not support {kind} operations: it has no {kind} root type.",
            SpecSections.OperationTypeExistence,
            node,
            ("operation", kind)));
    }
}
