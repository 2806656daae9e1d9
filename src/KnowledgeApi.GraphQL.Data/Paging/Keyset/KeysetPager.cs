using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace KnowledgeApi.GraphQL.Data.Paging.Keyset;

/// <summary>
/// Fetches one page with keyset cursors. The query is rebuilt as
/// <c>source.Where(seek).OrderBy(keys).Take(n + 1).Select(row)</c>: the seek predicate replaces
/// OFFSET, so page 1,000 costs what page 1 costs (with an index on the keys); the one extra row
/// tells whether another page exists. <c>last</c> reverses the order, takes n + 1 and reverses
/// only the fetched page in memory.
/// </summary>
internal static class KeysetPager
{
    public static async ValueTask<Connection> PageAsync<T>(IQueryable<T> query, CursorPagingArguments arguments, PageRequest request, CancellationToken cancellationToken)
    {
        var keyset = KeysetQueryDecomposer.Decompose(query, request.FallbackKeyMembers);
        var source = keyset.Source;
        // With a database behind the query, the count rides along in the page's statement as a
        // scalar subquery; only an empty page (no row to carry it) needs a statement of its own.
        var countInline = request.IncludeTotalCount && request.NeedsItems && source.Provider is IAsyncQueryProvider;
        var countSource = countInline ? source : null;
        int? totalCount = request.IncludeTotalCount && !countInline ? await CountAsync(source, cancellationToken).ConfigureAwait(false) : null;
        if (!request.NeedsItems)
        {
            return new Connection([], new PageInfo(false, false, null, null), totalCount);
        }

        var filtered = source;
        SplitSeek<T>? split = null;
        var backward = arguments.IsBackward;
        if (arguments.After is not null)
        {
            var values = DecodeOrThrow(arguments.After, "after", keyset);
            split = arguments.Before is null && !backward ? SeekPredicateBuilder.SplitAfter<T>(keyset.Keys, values, request.NullOrdering) : null;
            filtered = split is null ? filtered.Where(SeekPredicateBuilder.After<T>(keyset.Keys, values, request.NullOrdering)) : filtered;
        }

        if (arguments.Before is not null)
        {
            var values = DecodeOrThrow(arguments.Before, "before", keyset);
            split = arguments.After is null && backward ? SeekPredicateBuilder.SplitBefore<T>(keyset.Keys, values, request.NullOrdering) : null;
            filtered = split is null ? filtered.Where(SeekPredicateBuilder.Before<T>(keyset.Keys, values, request.NullOrdering)) : filtered;
        }

        var size = (backward ? arguments.Last : arguments.First) ?? request.DefaultPageSize;
        var order = backward ? [.. keyset.Keys.Select(k => k.Reversed())] : keyset.Keys;
        var rows = split is null
            ? await FetchAsync(Order(filtered, order).Take(size + 1), keyset, countSource, cancellationToken).ConfigureAwait(false)
            : await FetchSplitAsync(filtered, split, order, size + 1, keyset, countSource, cancellationToken).ConfigureAwait(false);
        if (countInline)
        {
            totalCount = rows.Count > 0 ? rows[0].Total : await CountAsync(source, cancellationToken).ConfigureAwait(false);
        }

        var hasMore = rows.Count > size;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        // Relay: with both first and last, take first n, then the last m of those.
        var trimmedFront = false;
        if (!backward && arguments.Last is { } last && rows.Count > last)
        {
            rows.RemoveRange(0, rows.Count - last);
            trimmedFront = true;
        }

        var edges = rows.ConvertAll(r => new Edge(r.Node, KeysetCursorCodec.Encode(keyset.Fingerprint, r.Keys)));
        var pageInfo = new PageInfo(
            hasNextPage: backward ? arguments.Before is not null : hasMore,
            hasPreviousPage: backward ? hasMore : arguments.After is not null || trimmedFront,
            startCursor: edges.Count > 0 ? edges[0].Cursor : null,
            endCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection(edges, pageInfo, totalCount);
    }

    private static object?[] DecodeOrThrow<T>(string cursor, string argument, KeysetQuery<T> keyset) =>
        KeysetCursorCodec.Decode(cursor, keyset.Fingerprint, keyset.Keys) ?? throw new InvalidCursorException(argument, cursor);

    internal static IQueryable<T> Order<T>(IQueryable<T> source, IReadOnlyList<KeysetKey> keys)
    {
        var expression = source.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var method = (i == 0, keys[i].Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), keys[i].Type], expression, Expression.Quote(keys[i].Selector));
        }

        return source.Provider.CreateQuery<T>(expression);
    }

    /// <summary>
    /// The first part of a split seek, then (only when it did not fill the page) the second: each
    /// statement is an index range, and the deep pages inside a NULL block need only the first.
    /// </summary>
    private static async ValueTask<List<KeysetRow<T>>> FetchSplitAsync<T>(
        IQueryable<T> filtered,
        SplitSeek<T> split,
        IReadOnlyList<KeysetKey> order,
        int count,
        KeysetQuery<T> keyset,
        IQueryable<T>? countSource,
        CancellationToken cancellationToken)
    {
        var rows = await FetchAsync(Order(filtered.Where(split.First), order).Take(count), keyset, countSource, cancellationToken).ConfigureAwait(false);
        if (rows.Count < count)
        {
            // The count already came with the first part's rows when there were any.
            var stillCounting = rows.Count == 0 ? countSource : null;
            rows.AddRange(await FetchAsync(Order(filtered.Where(split.Then), order).Take(count - rows.Count), keyset, stillCounting, cancellationToken).ConfigureAwait(false));
        }

        return rows;
    }

    private static async ValueTask<List<KeysetRow<T>>> FetchAsync<T>(IQueryable<T> page, KeysetQuery<T> keyset, IQueryable<T>? countSource, CancellationToken cancellationToken)
    {
        var rows = page.Select(RowSelector(keyset, countSource));
        return rows.Provider is IAsyncQueryProvider
            ? await rows.ToListAsync(cancellationToken).ConfigureAwait(false)
            : [.. rows];
    }

    internal static async ValueTask<int> CountAsync<T>(IQueryable<T> source, CancellationToken cancellationToken) =>
        source.Provider is IAsyncQueryProvider
            ? await source.CountAsync(cancellationToken).ConfigureAwait(false)
            : source.Count();

    /// <summary>
    /// <c>x =&gt; new KeysetRow { Node = projection(x), Keys = new object[] { key1(x), ... } }</c>, with
    /// <c>Total = countSource.Count()</c> when the total count is read in the same statement.
    /// </summary>
    private static Expression<Func<T, KeysetRow<T>>> RowSelector<T>(KeysetQuery<T> keyset, IQueryable<T>? countSource)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var node = keyset.Projection is null ? parameter : ParameterRebinder.Rebind(keyset.Projection, parameter);
        var keys = Expression.NewArrayInit(typeof(object), keyset.Keys.Select(k => Expression.Convert(k.BodyFor(parameter), typeof(object))));
        var body = Expression.MemberInit(
            Expression.New(typeof(KeysetRow<T>)),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Node))!, node),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Keys))!, keys));
        if (countSource is not null)
        {
            var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], countSource.Expression);
            body = body.Update(body.NewExpression, [.. body.Bindings, Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Total))!, count)]);
        }

        return Expression.Lambda<Func<T, KeysetRow<T>>>(body, parameter);
    }
}

/// <summary>A fetched row: the (projected) node and its sort-key values for the cursor.</summary>
internal sealed class KeysetRow<T>
{
    public T Node { get; init; } = default!;

    public object?[] Keys { get; init; } = [];

    /// <summary>The connection's total count, when it was read with the page.</summary>
    public int Total { get; init; }
}

/// <summary>What the paging middleware decided before the query runs.</summary>
internal sealed record PageRequest(int DefaultPageSize, bool IncludeTotalCount, bool NeedsItems, NullOrdering NullOrdering, IReadOnlyList<string> FallbackKeyMembers)
{
    public static PageRequest From(PagingOptions options, bool includeTotalCount, bool needsItems = true) =>
        new(options.DefaultPageSize, includeTotalCount, needsItems, options.NullOrdering, options.FallbackKeyMembers);
}

