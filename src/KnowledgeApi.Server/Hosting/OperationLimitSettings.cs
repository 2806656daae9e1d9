using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.Server.Hosting;

/// <summary>
/// The operation limits under <c>GraphQL:Limits</c> in appsettings.json (or <c>GraphQL__Limits__MaxFieldCost=2000</c>).
/// Cost analysis has Hot Chocolate 14's defaults. The execution depth limit, off in Hot Chocolate, is on here:
/// 15 fields is well above the deepest query the README and the tests send (an article's quotations, their
/// speaker and that person's articles: 8 levels through connections) and leaves room for fragments, while a
/// crafted cycle (article → people → articles → …) is refused early. Introspection fields do not count, so
/// the IDE's introspection query (<c>ofType</c> nested ten levels) always passes.
/// </summary>
internal sealed class OperationLimitSettings
{
    public const string Section = "GraphQL:Limits";

    public double MaxFieldCost { get; set; } = 1000;

    public double MaxTypeCost { get; set; } = 1000;

    public bool EnforceCostLimits { get; set; } = true;

    public int MaxExecutionDepth { get; set; } = 15;
}

/// <summary>Applies <see cref="OperationLimitSettings"/> to the executor.</summary>
internal static class OperationLimitExtensions
{
    public static IRequestExecutorBuilder AddOperationLimits(this IRequestExecutorBuilder builder, IConfiguration section)
    {
        var settings = section.Get<OperationLimitSettings>() ?? new OperationLimitSettings();
        return builder
            .ModifyCostOptions(o =>
            {
                o.MaxFieldCost = settings.MaxFieldCost;
                o.MaxTypeCost = settings.MaxTypeCost;
                o.EnforceCostLimits = settings.EnforceCostLimits;
            })
            .AddMaxExecutionDepthRule(settings.MaxExecutionDepth, skipIntrospectionFields: true);
    }
}
