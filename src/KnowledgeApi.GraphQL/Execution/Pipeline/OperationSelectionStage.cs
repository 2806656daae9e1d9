using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution.Planning;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Pipeline;

/// <summary>
/// Stage 4: GetOperation (§6.1) picks the operation to run by <c>operationName</c>, checks that the
/// schema has its root type and that the request may run its kind, and returns its cached plan.
/// </summary>
internal static class OperationSelectionStage
{
    public static OperationPlan? Select(Schema schema, CachedDocument cached, string? operationName, AllowedOperations allowed, out ExecutionResult? error)
    {
        error = null;
        var key = operationName ?? string.Empty;
        if (!cached.Plans.TryGetValue(key, out var plan))
        {
            var operation = Find(cached.Document, operationName, out var message);
            if (operation is null)
            {
                error = Invalid(RequestErrorKind.InvalidRequest, message!);
                return null;
            }

            var rootType = operation.Operation switch
            {
                OperationType.Query => schema.QueryType,
                OperationType.Mutation => schema.MutationType,
                _ => null,
            };
            if (rootType is null)
            {
                error = Invalid(RequestErrorKind.InvalidRequest, operation.Operation == OperationType.Subscription
                    ? "Subscriptions are not supported by this server."
                    : "This schema does not support mutations.");
                return null;
            }

            plan = cached.Plans.GetOrAdd(key, new OperationPlan(schema, cached.Document, operation, rootType));
        }

        var kind = plan.Operation.Operation switch
        {
            OperationType.Query => AllowedOperations.Query,
            OperationType.Mutation => AllowedOperations.Mutation,
            _ => AllowedOperations.Subscription,
        };
        if ((allowed & kind) == 0)
        {
            error = Invalid(RequestErrorKind.OperationNotAllowed, "The specified operation kind is not allowed.");
            return null;
        }

        return plan;
    }

    private static OperationDefinitionNode? Find(DocumentNode document, string? operationName, out string? error)
    {
        error = null;
        OperationDefinitionNode? found = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null)
            {
                found ??= operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (operationName is not null)
        {
            error = $"The operation `{operationName}` does not exist in the document.";
            return null;
        }

        if (count == 0)
        {
            error = "The document contains no operation to execute.";
            return null;
        }

        if (count > 1)
        {
            error = "The document contains several operations, so the request must name the one to run (operationName).";
            return null;
        }

        return found;
    }

    private static ExecutionResult Invalid(RequestErrorKind kind, string message) =>
        ExecutionResult.FromRequestError(kind, new GraphQLError(message));
}
