using KnowledgeApi.GraphQL.Data.Paging.Keyset;
using KnowledgeApi.GraphQL.Data.Paging.Offset;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// Keyset paging for resolvers that page by hand (and for the middleware): the query's own
/// <c>OrderBy/ThenBy</c> calls are the order, its primary key the tie-breaker.
/// </summary>
public static class QueryablePagingExtensions
{
    /// <summary>
    /// One page of <paramref name="query"/> as a connection. Throws <see cref="InvalidCursorException"/>
    /// for a cursor this order did not make. Sizes are taken as given: the caller enforces limits.
    /// </summary>
    public static ValueTask<Connection> ToConnectionAsync<T>(
        this IQueryable<T> query,
        CursorPagingArguments arguments,
        PagingOptions? options = null,
        bool includeTotalCount = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return KeysetPager.PageAsync(query, arguments, PageRequest.From(options ?? new PagingOptions(), includeTotalCount), cancellationToken);
    }

    /// <summary>One segment of <paramref name="query"/> by skip and take (ordered by its primary key when it has no order).</summary>
    public static ValueTask<CollectionSegment> ToCollectionSegmentAsync<T>(
        this IQueryable<T> query,
        int skip,
        int take,
        PagingOptions? options = null,
        bool includeTotalCount = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return OffsetPager.PageAsync(query, skip, take, PageRequest.From(options ?? new PagingOptions(), includeTotalCount), cancellationToken);
    }
}
