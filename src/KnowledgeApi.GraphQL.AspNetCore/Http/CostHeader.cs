using KnowledgeApi.GraphQL.Execution.Analysis;
using Microsoft.AspNetCore.Http;

namespace KnowledgeApi.GraphQL.AspNetCore.Http;

/// <summary>
/// Hot Chocolate's <c>GraphQL-Cost</c> request header: <c>report</c> executes and adds
/// <c>extensions.operationCost</c> to the response; <c>validate</c> only analyses and answers with the
/// costs. Any other value is ignored, as HC ignores it. Needs cost analysis to be on.
/// </summary>
internal static class CostHeader
{
    public const string Name = "GraphQL-Cost";

    public static void Apply(IHeaderDictionary headers, Dictionary<string, object?> contextData)
    {
        var value = headers[Name].ToString().Trim();
        if (value.Equals("report", StringComparison.OrdinalIgnoreCase))
        {
            contextData[CostRequestContextKeys.ReportCost] = true;
        }
        else if (value.Equals("validate", StringComparison.OrdinalIgnoreCase))
        {
            contextData[CostRequestContextKeys.ValidateCost] = true;
        }
    }
}
