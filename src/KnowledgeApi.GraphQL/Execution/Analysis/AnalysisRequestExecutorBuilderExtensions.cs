using KnowledgeApi.GraphQL.Execution.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// Switches on the operation limits of <c>Analysis/</c>. Hot Chocolate 14 runs cost analysis in every
/// server; our engine runs it where the host asks (the knowledge server does), so schemas built for
/// other purposes keep their SDL free of <c>@cost</c>.
/// </summary>
public static class AnalysisRequestExecutorBuilderExtensions
{
    /// <summary>Cost analysis with Hot Chocolate's defaults (limits 1000, default weights applied).</summary>
    public static IRequestExecutorBuilder AddCostAnalysis(this IRequestExecutorBuilder builder) =>
        builder.ModifyCostOptions(_ => { });

    /// <summary>Cost analysis with changed options: <c>ModifyCostOptions(o => o.MaxFieldCost = 2000)</c>.</summary>
    public static IRequestExecutorBuilder ModifyCostOptions(this IRequestExecutorBuilder builder, Action<CostOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        configure(Singleton<CostOptions>(builder.Services));
        return builder;
    }

    /// <summary>
    /// Refuses operations nested deeper than <paramref name="maxAllowedExecutionDepth"/> fields, with Hot
    /// Chocolate's message and extensions (<c>allowedExecutionDepth</c>, <c>detectedExecutionDepth</c>).
    /// </summary>
    public static IRequestExecutorBuilder AddMaxExecutionDepthRule(
        this IRequestExecutorBuilder builder,
        int maxAllowedExecutionDepth,
        bool skipIntrospectionFields = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAllowedExecutionDepth, 1);
        var options = Singleton<ExecutionDepthOptions>(builder.Services);
        options.MaxAllowedExecutionDepth = maxAllowedExecutionDepth;
        options.SkipIntrospectionFields = skipIntrospectionFields;
        return builder;
    }

    // One options instance per service collection, so later calls refine what earlier ones set.
    private static T Singleton<T>(IServiceCollection services)
        where T : class, new()
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(T))?.ImplementationInstance is T existing)
        {
            return existing;
        }

        var created = new T();
        services.AddSingleton(created);
        return created;
    }
}
