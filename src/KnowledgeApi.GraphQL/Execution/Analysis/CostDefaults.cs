using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// Where the schema build asks whether Hot Chocolate's default weights apply: only when the
/// application registered <see cref="CostOptions"/> (<c>ModifyCostOptions</c>/<c>AddCostAnalysis</c>)
/// with <see cref="CostOptions.ApplyCostDefaults"/>. Data attributes (paging, filtering, sorting) use it
/// to add their <c>@listSize</c> and <c>@cost</c>.
/// </summary>
public static class CostDefaults
{
    /// <summary>The options whose default weights apply to this schema build, or null when none do.</summary>
    public static CostOptions? Of(IDescriptorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetService(typeof(CostOptions)) is CostOptions { ApplyCostDefaults: true } options ? options : null;
    }

    /// <summary>Whether a member already carries <c>@cost</c> (an explicit weight wins over every default).</summary>
    public static bool HasCost(IEnumerable<IAppliedDirective> directives) => directives.Any(d => d.Name == CostDirective.DirectiveName);

    /// <summary>Whether a member already carries <c>@listSize</c>.</summary>
    public static bool HasListSize(IEnumerable<IAppliedDirective> directives) => directives.Any(d => d.Name == ListSizeDirective.DirectiveName);
}
