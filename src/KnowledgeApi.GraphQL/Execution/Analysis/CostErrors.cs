using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>The errors the analysis stage answers with, in Hot Chocolate 14's shape and codes.</summary>
internal static class CostErrors
{
    /// <summary>An operation over a cost limit.</summary>
    public const string CostExceeded = "HC0047";

    /// <summary>A field that requires exactly one slicing argument got none or several.</summary>
    public const string OneSlicingArgumentRequired = "HC0082";

    // Extensions in Hot Chocolate's (sorted) order: code, then the costs by name.
    public static GraphQLError FieldCostExceeded(double fieldCost, double maxFieldCost) =>
        new GraphQLError("The maximum allowed field cost was exceeded.")
            .WithCode(CostExceeded)
            .WithExtension("fieldCost", CostMetrics.Number(fieldCost))
            .WithExtension("maxFieldCost", CostMetrics.Number(maxFieldCost));

    public static GraphQLError TypeCostExceeded(double typeCost, double maxTypeCost) =>
        new GraphQLError("The maximum allowed type cost was exceeded.")
            .WithCode(CostExceeded)
            .WithExtension("maxTypeCost", CostMetrics.Number(maxTypeCost))
            .WithExtension("typeCost", CostMetrics.Number(typeCost));

    /// <summary>Hot Chocolate's max-execution-depth validation error: no code, located at the operation.</summary>
    public static GraphQLError ExecutionDepthExceeded(OperationDefinitionNode operation, int detected, int allowed) =>
        new GraphQLError($"The GraphQL document has an execution depth of {detected} which exceeds the max allowed execution depth of {allowed}.")
            .WithLocations(operation)
            .WithExtension("allowedExecutionDepth", allowed)
            .WithExtension("detectedExecutionDepth", detected);
}
