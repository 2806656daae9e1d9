namespace KnowledgeApi.GraphQL.Data.Sorting;

/// <summary>The sorting convention (Hot Chocolate's defaults).</summary>
public sealed class SortingOptions
{
    /// <summary>The name of the argument <c>[UseSorting]</c> adds.</summary>
    public string ArgumentName { get; set; } = "order";
}
