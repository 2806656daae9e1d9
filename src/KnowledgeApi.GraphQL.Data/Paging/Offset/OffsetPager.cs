using KnowledgeApi.GraphQL.Data.Paging.Keyset;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace KnowledgeApi.GraphQL.Data.Paging.Offset;

/// <summary>
/// Fetches one segment with <c>Skip/Take</c>: the database still reads and drops every skipped row,
/// which is why connections use keyset cursors instead. Queries without an order are ordered by
/// their primary key, so segments do not overlap from one request to the next.
/// </summary>
internal static class OffsetPager
{
    public static async ValueTask<CollectionSegment> PageAsync<T>(IQueryable<T> query, int skip, int take, PageRequest request, CancellationToken cancellationToken)
    {
        var keyset = KeysetQueryDecomposer.Decompose(query, request.FallbackKeyMembers);
        int? totalCount = request.IncludeTotalCount ? await KeysetPager.CountAsync(keyset.Source, cancellationToken).ConfigureAwait(false) : null;
        if (!request.NeedsItems)
        {
            return new CollectionSegment([], new CollectionSegmentInfo(false, false), totalCount);
        }

        var page = KeysetPager.Order(keyset.Source, keyset.Keys).Skip(skip).Take(take + 1);
        var items = keyset.Projection is null ? page : page.Select(keyset.Projection);
        var rows = items.Provider is IAsyncQueryProvider
            ? await items.ToListAsync(cancellationToken).ConfigureAwait(false)
            : [.. items];
        var hasNext = rows.Count > take;
        if (hasNext)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new CollectionSegment(rows.ConvertAll(r => (object?)r), new CollectionSegmentInfo(hasNext, skip > 0), totalCount);
    }
}
