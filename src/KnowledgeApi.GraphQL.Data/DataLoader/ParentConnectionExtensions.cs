using System.Linq.Expressions;
using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Paging.Keyset;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// A nested connection (each article's quotations) for many parents at once: the pages come from
/// ONE statement through <see cref="ParentPagingExtensions.ToPagesByParentAsync"/> (a
/// <c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY ...)</c> window), <c>after</c>/<c>before</c>
/// become keyset seek predicates in that statement, and the cursors hold the relation's own sort
/// keys, written and read the way the root connections' pager does it. <c>totalCount</c> costs
/// one <c>GROUP BY</c> statement, and only when selected.
/// </summary>
public static class ParentConnectionExtensions
{
    /// <param name="source">The children, unordered (an <c>Include</c> may ride along).</param>
    /// <param name="parentKeys">The parents whose connections are wanted; each gets one, empty when it has no children.</param>
    /// <param name="parentKey">The child's reference to its parent (the foreign key).</param>
    /// <param name="orderBy">The relation's order; the primary key is appended when it is not the last key, so cursors are unique.</param>
    /// <param name="page">The page every one of these parents asks for.</param>
    /// <param name="node">What an edge shows for a child (e.g. a join row's person); the child itself when null.</param>
    /// <param name="nullOrdering">Where the database sorts NULL, which the seek predicates must agree with.</param>
    /// <param name="cancellationToken">Cancels the statements.</param>
    public static async Task<IReadOnlyDictionary<TKey, Connection>> ToConnectionsByParentAsync<TChild, TKey>(
        this IQueryable<TChild> source,
        IReadOnlyCollection<TKey> parentKeys,
        Expression<Func<TChild, TKey>> parentKey,
        Func<IQueryable<TChild>, IOrderedQueryable<TChild>> orderBy,
        RelationPage page,
        Func<TChild, object?>? node = null,
        NullOrdering nullOrdering = NullOrdering.NullsFirst,
        CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(parentKeys);
        ArgumentNullException.ThrowIfNull(parentKey);
        ArgumentNullException.ThrowIfNull(orderBy);
        ArgumentNullException.ThrowIfNull(page);

        var keys = KeysOf(source, orderBy);
        var fingerprint = OrderFingerprint.Of(keys);

        // Cursors are checked before any statement runs: a bad one fails the field, not the database.
        var filtered = source;
        if (page.After is not null)
        {
            filtered = filtered.Where(SeekPredicateBuilder.After<TChild>(keys, Decode(page.After, "after", fingerprint, keys), nullOrdering));
        }

        if (page.Before is not null)
        {
            filtered = filtered.Where(SeekPredicateBuilder.Before<TChild>(keys, Decode(page.Before, "before", fingerprint, keys), nullOrdering));
        }

        var counts = page.IncludeTotalCount
            ? await source.CountByParentAsync(parentKeys, parentKey, cancellationToken).ConfigureAwait(false)
            : null;
        var connections = new Dictionary<TKey, Connection>(parentKeys.Count);
        if (!page.NeedsItems)
        {
            foreach (var key in parentKeys)
            {
                connections[key] = new Connection([], new PageInfo(false, false, null, null), counts?[key]);
            }

            return connections;
        }

        IReadOnlyList<KeysetKey> order = page.IsBackward ? [.. keys.Select(k => k.Reversed())] : keys;
        var pages = await filtered
            .ToPagesByParentAsync(parentKeys, parentKey, q => (IOrderedQueryable<TChild>)KeysetPager.Order(q, order), page.Size, cancellationToken)
            .ConfigureAwait(false);
        var readKeys = KeyReader<TChild>(keys);
        foreach (var (key, parentPage) in pages)
        {
            connections[key] = ToConnection(parentPage, page, fingerprint, readKeys, node, counts?[key]);
        }

        return connections;
    }

    private static Connection ToConnection<TChild>(
        ParentPage<TChild> parentPage,
        RelationPage page,
        string fingerprint,
        Func<TChild, object?[]> readKeys,
        Func<TChild, object?>? node,
        int? totalCount)
    {
        var items = parentPage.Items.ToList();
        if (page.IsBackward)
        {
            items.Reverse();
        }

        // Relay: with both first and last, take the first n, then the last m of those.
        var trimmedFront = false;
        if (!page.IsBackward && page.Last is { } last && items.Count > last)
        {
            items.RemoveRange(0, items.Count - last);
            trimmedFront = true;
        }

        var edges = items.ConvertAll(item => new Edge(node is null ? item : node(item), KeysetCursorCodec.Encode(fingerprint, readKeys(item))));
        var pageInfo = new PageInfo(
            hasNextPage: page.IsBackward ? page.Before is not null : parentPage.HasNextPage,
            hasPreviousPage: page.IsBackward ? parentPage.HasNextPage : page.After is not null || trimmedFront,
            startCursor: edges.Count > 0 ? edges[0].Cursor : null,
            endCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection(edges, pageInfo, totalCount);
    }

    /// <summary>The relation's order as keyset keys, ending with the primary key (EF's model says which it is).</summary>
    private static List<KeysetKey> KeysOf<TChild>(IQueryable<TChild> source, Func<IQueryable<TChild>, IOrderedQueryable<TChild>> orderBy)
    {
        var keys = OrderingCapture.Capture(orderBy).Select(step => new KeysetKey(step.KeySelector, step.Method.EndsWith("Descending", StringComparison.Ordinal))).ToList();
        foreach (var member in PrimaryKeyFinder.Find(source.Expression, typeof(TChild), ["Id"]))
        {
            var key = new KeysetKey(member, Descending: false);
            if (keys.TrueForAll(k => k.Path != key.Path))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static object?[] Decode(string cursor, string argument, string fingerprint, IReadOnlyList<KeysetKey> keys) =>
        KeysetCursorCodec.Decode(cursor, fingerprint, keys) ?? throw new InvalidCursorException(argument, cursor);

    /// <summary><c>x =&gt; new object[] { key1(x), key2(x), ... }</c>, compiled once per batch: a cursor's values read from a loaded child.</summary>
    private static Func<TChild, object?[]> KeyReader<TChild>(IReadOnlyList<KeysetKey> keys)
    {
        var child = Expression.Parameter(typeof(TChild), "x");
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(k.BodyFor(child), typeof(object))));
        return Expression.Lambda<Func<TChild, object?[]>>(values, child).Compile();
    }
}
