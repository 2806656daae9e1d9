namespace KnowledgeApi.GraphQL.Data;

/// <summary>
/// The data middleware a field can carry, in the only order Hot Chocolate accepts (outermost
/// first): paging reads the final query, projection selects from it, filtering narrows it and
/// sorting orders it closest to the resolver.
/// </summary>
public enum DataMiddlewareKind
{
    Paging = 0,
    Projection = 1,
    Filtering = 2,
    Sorting = 3,
}
