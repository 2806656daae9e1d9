namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// Cost analysis settings with Hot Chocolate 14's defaults, changed with <c>ModifyCostOptions</c>. One
/// instance lives in the application's services: the schema build reads the default weights from it,
/// the request pipeline the limits.
/// </summary>
public sealed class CostOptions
{
    /// <summary>The largest field cost (work the server does) an operation may have.</summary>
    public double MaxFieldCost { get; set; } = 1000;

    /// <summary>The largest type cost (objects the result may hold) an operation may have.</summary>
    public double MaxTypeCost { get; set; } = 1000;

    /// <summary>Refuses operations over a limit with <c>HC0047</c>; when false, costs are only computed and reported.</summary>
    public bool EnforceCostLimits { get; set; } = true;

    /// <summary>Gives async resolvers, paging, filtering and sorting their default weights in the schema.</summary>
    public bool ApplyCostDefaults { get; set; } = true;

    /// <summary>The weight of a field whose resolver is asynchronous or has middleware; null applies none.</summary>
    public double? DefaultResolverCost { get; set; } = 10;

    public FilterCostOptions Filtering { get; } = new();

    public SortCostOptions Sorting { get; } = new();
}

/// <summary>The default weights of <c>[UseFiltering]</c>'s argument and operations.</summary>
public sealed class FilterCostOptions
{
    /// <summary>The weight of the <c>where</c> argument.</summary>
    public double? DefaultFilterArgumentCost { get; set; } = 10;

    /// <summary>The weight of a cheap operation field (<c>eq</c>, <c>in</c>, <c>gt</c>...).</summary>
    public double? DefaultFilterOperationCost { get; set; } = 10;

    /// <summary>The weight of an operation that scans text (<c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations).</summary>
    public double? DefaultExpensiveFilterOperationCost { get; set; } = 20;

    /// <summary>
    /// How many times a <c>where</c> given as a variable counts, since its content is unknown when the
    /// operation is analysed (Hot Chocolate's analysis is cached per document).
    /// </summary>
    public int? VariableMultiplier { get; set; } = 5;
}

/// <summary>The default weights of <c>[UseSorting]</c>'s argument and fields.</summary>
public sealed class SortCostOptions
{
    /// <summary>The weight of the <c>order</c> argument.</summary>
    public double? DefaultSortArgumentCost { get; set; } = 10;

    /// <summary>The weight of a field of a sort input.</summary>
    public double? DefaultSortOperationCost { get; set; } = 10;
}
