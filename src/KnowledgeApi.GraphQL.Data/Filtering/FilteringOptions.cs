namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>The filtering convention (Hot Chocolate's defaults).</summary>
public sealed class FilteringOptions
{
    /// <summary>The name of the argument <c>[UseFiltering]</c> adds.</summary>
    public string ArgumentName { get; set; } = "where";
}
