namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// Keys a caller sets in <see cref="GraphQLRequest.ContextData"/> to ask for the cost report (the HTTP
/// transport sets them from the <c>GraphQL-Cost</c> header); their values do not matter.
/// </summary>
public static class CostRequestContextKeys
{
    /// <summary>Execute, and add <c>extensions.operationCost</c> to the result (<c>GraphQL-Cost: report</c>).</summary>
    public const string ReportCost = "KnowledgeApi.Cost.Report";

    /// <summary>Analyse only: answer with <c>extensions.operationCost</c> and do not execute (<c>GraphQL-Cost: validate</c>).</summary>
    public const string ValidateCost = "KnowledgeApi.Cost.Validate";
}
