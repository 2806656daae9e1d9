using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.Server.Hosting;

/// <summary>
/// The operation limits under <c>GraphQL:Limits</c> in appsettings.json (or <c>GraphQL__Limits__MaxFieldCost=2000</c>).
/// Cost analysis has Hot Chocolate 14's defaults. The execution depth limit, off in Hot Chocolate, is on here
/// at 15: the deepest README example is 6 fields deep (people › nodes › quotations › nodes › article › title)
/// and the deepest test query 7 (articles › nodes › authors › nodes › articlesWritten › nodes › title); about
/// twice that leaves room for clients that page with `edges { node }` (a level more per connection) and for
/// fragments, while a crafted cycle (article › people › articles › …) is refused early. Introspection fields
/// do not count, so the IDE's introspection query (`ofType` nested ten levels) always passes.
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

        // As the other GraphQL limits do: a limit that would refuse every operation fails at start, not at the first request.
        if (settings.MaxFieldCost <= 0 || settings.MaxTypeCost <= 0 || settings.MaxExecutionDepth <= 0)
        {
            throw new InvalidOperationException(
                $"{OperationLimitSettings.Section} limits must be positive: MaxFieldCost, MaxTypeCost and MaxExecutionDepth (EnforceCostLimits=false turns cost enforcement off).");
        }

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
