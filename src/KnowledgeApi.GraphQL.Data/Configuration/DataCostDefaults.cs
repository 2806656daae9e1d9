using KnowledgeApi.GraphQL.Execution.Analysis;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data;

/// <summary>
/// Hot Chocolate's default weights for the Data middlewares, applied when the host enabled cost analysis
/// with <see cref="CostOptions.ApplyCostDefaults"/>: <c>where</c> and <c>order</c> arguments 10, filter
/// operations 10 (20 for those that scan text), sort fields 10, and <c>@listSize</c> on paging fields.
/// An explicit <c>@cost</c> on the member wins.
/// </summary>
internal static class DataCostDefaults
{
    private static readonly HashSet<string> ExpensiveFilterOperations = new(StringComparer.Ordinal)
    {
        Filtering.FilterOperations.Contains, Filtering.FilterOperations.NotContains,
        Filtering.FilterOperations.StartsWith, Filtering.FilterOperations.NotStartsWith,
        Filtering.FilterOperations.EndsWith, Filtering.FilterOperations.NotEndsWith,
    };

    public static void FilterArgument(CostOptions? options, IArgumentDescriptor argument)
    {
        if (options?.Filtering.DefaultFilterArgumentCost is { } weight)
        {
            argument.Directive(new CostDirective(weight) { IsFilterArgument = true });
        }
    }

    public static void SortArgument(CostOptions? options, IArgumentDescriptor argument)
    {
        if (options?.Sorting.DefaultSortArgumentCost is { } weight)
        {
            argument.Directive(new CostDirective(weight));
        }
    }

    public static void FilterOperation(CostOptions? options, IInputFieldDescriptor field, string operation)
    {
        var weight = ExpensiveFilterOperations.Contains(operation)
            ? options?.Filtering.DefaultExpensiveFilterOperationCost
            : options?.Filtering.DefaultFilterOperationCost;
        if (weight is { } value)
        {
            field.Directive(new CostDirective(value));
        }
    }

    public static void SortField(CostOptions? options, IInputFieldDescriptor field)
    {
        if (options?.Sorting.DefaultSortOperationCost is { } weight)
        {
            field.Directive(new CostDirective(weight));
        }
    }

    /// <summary>
    /// A paging field's list size: the page size arguments slice it, a missing one counts as the default
    /// page size, at most <c>MaxPageSize</c> items, and the size applies to the page's item lists.
    /// </summary>
    public static void PagingField(CostOptions? options, IObjectFieldDescriptor field, IReadOnlyList<string> slicingArguments, string[] sizedFields, int maxPageSize, int defaultPageSize, bool requirePagingBoundaries)
    {
        if (options is not null)
        {
            field.Directive(new ListSizeDirective(maxPageSize, slicingArguments, defaultPageSize, sizedFields, requirePagingBoundaries));
        }
    }

    /// <summary><c>totalCount</c> runs a count query: it weighs as a resolver does.</summary>
    public static void TotalCount(CostOptions? options, IObjectFieldDescriptor field)
    {
        if (options?.DefaultResolverCost is { } weight)
        {
            field.Directive(new CostDirective(weight));
        }
    }
}
