using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution.Planning;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// The stage between variable coercion and execution: the execution depth limit
/// (<see cref="ExecutionDepthOptions"/>), then cost analysis (<see cref="CostOptions"/>). Each runs only
/// when the application registered its options. It refuses an operation over a limit (depth: a
/// validation error without code; cost: <c>HC0047</c>), answers <c>GraphQL-Cost: validate</c> with the
/// costs alone, and hands back the costs to add to the result for <c>GraphQL-Cost: report</c>.
/// The options are looked up once, when the executor is made.
/// </summary>
internal sealed class OperationAnalysisStage(IServiceProvider services)
{
    private readonly ExecutionDepthOptions? depthOptions = services.GetService(typeof(ExecutionDepthOptions)) as ExecutionDepthOptions;
    private readonly CostOptions? costOptions = services.GetService(typeof(CostOptions)) as CostOptions;

    // Plans are cached with their document, so a repeated operation is analysed once: its depth always,
    // its costs when it declares no variables (a variable's value can size a list).
    private static readonly ConditionalWeakTable<OperationPlan, StrongBox<int>> Depths = [];
    private static readonly ConditionalWeakTable<OperationPlan, CostMetrics> Costs = [];

    /// <returns>The answer when the request ends here (refused, or cost validation only); null to execute.</returns>
    public ExecutionResult? Analyze(
        Schema schema,
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        out CostMetrics? report)
    {
        report = null;
        if (depthOptions is not null)
        {
            // A plan belongs to one executor, so to one setting of SkipIntrospectionFields.
            var depth = Depths.GetValue(plan, p => new StrongBox<int>(ExecutionDepthAnalyzer.Depth(p.Operation, p.Fragments, depthOptions.SkipIntrospectionFields))).Value;
            if (depth > depthOptions.MaxAllowedExecutionDepth)
            {
                return ExecutionResult.FromRequestError(
                    RequestErrorKind.Validation,
                    CostErrors.ExecutionDepthExceeded(plan.Operation, depth, depthOptions.MaxAllowedExecutionDepth));
            }
        }

        if (costOptions is null)
        {
            return null;
        }

        var validateOnly = request.ContextData?.ContainsKey(CostRequestContextKeys.ValidateCost) == true;
        var reportCost = validateOnly || request.ContextData?.ContainsKey(CostRequestContextKeys.ReportCost) == true;
        CostMetrics? metrics;
        try
        {
            if (plan.Operation.VariableDefinitions.Count > 0 || !Costs.TryGetValue(plan, out metrics))
            {
                metrics = new CostAnalyzer(schema, plan.Fragments, variables, costOptions).Analyze(plan.Operation, plan.RootType);
                if (plan.Operation.VariableDefinitions.Count == 0)
                {
                    Costs.AddOrUpdate(plan, metrics);
                }
            }
        }
        catch (GraphQLException error)
        {
            return ExecutionResult.FromRequestError(RequestErrorKind.LimitExceeded, error.Error);
        }

        if (validateOnly)
        {
            // Hot Chocolate's validate mode only reports: no limits, no execution.
            return ExecutionResult.FromExtensionsOnly(Report(metrics));
        }

        var refusal = !costOptions.EnforceCostLimits ? null
            : metrics.FieldCost > costOptions.MaxFieldCost ? CostErrors.FieldCostExceeded(metrics.FieldCost, costOptions.MaxFieldCost)
            : metrics.TypeCost > costOptions.MaxTypeCost ? CostErrors.TypeCostExceeded(metrics.TypeCost, costOptions.MaxTypeCost)
            : null;
        if (refusal is not null)
        {
            var refused = ExecutionResult.FromRequestError(RequestErrorKind.LimitExceeded, refusal);
            return reportCost ? refused.WithExtensions(Report(metrics)) : refused;
        }

        report = reportCost ? metrics : null;
        return null;
    }

    /// <summary>Adds <c>extensions.operationCost</c> to an executed result when the request asked for the report.</summary>
    public static IExecutionResult AddReport(IExecutionResult result, CostMetrics? report)
    {
        if (report is null || result is not ExecutionResult executed)
        {
            return result;
        }

        return executed.WithAddedExtensions(Report(report));
    }

    private static Dictionary<string, object?> Report(CostMetrics metrics) =>
        new(StringComparer.Ordinal) { ["operationCost"] = metrics.ToExtension() };
}
