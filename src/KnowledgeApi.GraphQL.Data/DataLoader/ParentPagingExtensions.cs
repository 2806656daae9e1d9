using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// The first page of children for many parents in ONE statement: EF Core translates a grouped
/// <c>OrderBy(...).Take(n)</c> into <c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY ...)</c>,
/// so a list of 50 articles gets each one's first 5 quotations without 50 queries or a whole table.
/// </summary>
public static class ParentPagingExtensions
{
    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    private static readonly MethodInfo TakeMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Take) && m.GetParameters()[1].ParameterType == typeof(int));

    private static readonly MethodInfo ToListMethod = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;

    /// <summary>
    /// The query behind <see cref="ToPagesByParentAsync"/>: one row per parent that has children,
    /// holding up to <paramref name="pageSize"/> + 1 of them (the extra one tells that a next page exists).
    /// </summary>
    /// <param name="source">The children, already filtered (e.g. by an <c>after</c> cursor) but not ordered.</param>
    /// <param name="parentKeys">The parents whose pages are wanted.</param>
    /// <param name="parentKey">The child's reference to its parent (the foreign key).</param>
    /// <param name="orderBy">The order within each parent; end it with a unique key so pages are stable.</param>
    /// <param name="pageSize">How many children a page holds.</param>
    public static IQueryable<ParentPageRow<TKey, TChild>> PagesByParent<TChild, TKey>(
        this IQueryable<TChild> source,
        IReadOnlyCollection<TKey> parentKeys,
        Expression<Func<TChild, TKey>> parentKey,
        Func<IQueryable<TChild>, IOrderedQueryable<TChild>> orderBy,
        int pageSize)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(parentKeys);
        ArgumentNullException.ThrowIfNull(parentKey);
        ArgumentNullException.ThrowIfNull(orderBy);
        ArgumentOutOfRangeException.ThrowIfNegative(pageSize);

        // Keys and the row limit are read through a closure object, so EF Core sends them as SQL
        // parameters and caches one plan for every key list and page size.
        var arguments = new PagingArguments<TKey>(parentKeys, checked(pageSize + 1));
        var argumentsExpression = Expression.Constant(arguments);

        var child = parentKey.Parameters[0];
        var isWanted = Expression.Lambda<Func<TChild, bool>>(
            Expression.Call(
                ContainsMethod.MakeGenericMethod(typeof(TKey)),
                Expression.Property(argumentsExpression, nameof(PagingArguments<TKey>.Keys)),
                parentKey.Body),
            child);

        var group = Expression.Parameter(typeof(IGrouping<TKey, TChild>), "group");
        var ordered = OrderingCapture.Apply<TChild>(group, OrderingCapture.Capture(orderBy));
        var firstRows = Expression.Call(
            TakeMethod.MakeGenericMethod(typeof(TChild)),
            ordered,
            Expression.Property(argumentsExpression, nameof(PagingArguments<TKey>.RowLimit)));
        var rowType = typeof(ParentPageRow<TKey, TChild>);
        var toRow = Expression.Lambda<Func<IGrouping<TKey, TChild>, ParentPageRow<TKey, TChild>>>(
            Expression.MemberInit(
                Expression.New(rowType),
                Expression.Bind(rowType.GetProperty(nameof(ParentPageRow<TKey, TChild>.ParentKey))!, Expression.Property(group, nameof(IGrouping<TKey, TChild>.Key))),
                Expression.Bind(rowType.GetProperty(nameof(ParentPageRow<TKey, TChild>.Children))!, Expression.Call(ToListMethod.MakeGenericMethod(typeof(TChild)), firstRows))),
            group);

        return source.Where(isWanted).GroupBy(parentKey).Select(toRow);
    }

    /// <summary>
    /// Runs <see cref="PagesByParent"/> and splits its rows into one page per parent key; a parent
    /// without children gets an empty page.
    /// </summary>
    public static async Task<IReadOnlyDictionary<TKey, ParentPage<TChild>>> ToPagesByParentAsync<TChild, TKey>(
        this IQueryable<TChild> source,
        IReadOnlyCollection<TKey> parentKeys,
        Expression<Func<TChild, TKey>> parentKey,
        Func<IQueryable<TChild>, IOrderedQueryable<TChild>> orderBy,
        int pageSize,
        CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        var query = source.PagesByParent(parentKeys, parentKey, orderBy, pageSize);

        // EF Core queries run asynchronously; plain LINQ (tests, in-memory sources) cannot.
        var rows = query.Provider is IAsyncQueryProvider
            ? await query.ToListAsync(cancellationToken).ConfigureAwait(false)
            : [.. query];

        var pages = new Dictionary<TKey, ParentPage<TChild>>(parentKeys.Count);
        foreach (var row in rows)
        {
            var hasNextPage = row.Children.Count > pageSize;
            var items = hasNextPage ? row.Children.GetRange(0, pageSize) : row.Children;
            pages[row.ParentKey] = new ParentPage<TChild>(items, hasNextPage);
        }

        foreach (var key in parentKeys)
        {
            pages.TryAdd(key, new ParentPage<TChild>([], HasNextPage: false));
        }

        return pages;
    }

    /// <summary>
    /// How many children each parent has, in one <c>GROUP BY</c> statement (a nested connection's
    /// <c>totalCount</c> under many parents); a parent without children counts 0.
    /// </summary>
    public static async Task<IReadOnlyDictionary<TKey, int>> CountByParentAsync<TChild, TKey>(
        this IQueryable<TChild> source,
        IReadOnlyCollection<TKey> parentKeys,
        Expression<Func<TChild, TKey>> parentKey,
        CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(parentKeys);
        ArgumentNullException.ThrowIfNull(parentKey);

        var arguments = new PagingArguments<TKey>(parentKeys, 0);
        var isWanted = Expression.Lambda<Func<TChild, bool>>(
            Expression.Call(
                ContainsMethod.MakeGenericMethod(typeof(TKey)),
                Expression.Property(Expression.Constant(arguments), nameof(PagingArguments<TKey>.Keys)),
                parentKey.Body),
            parentKey.Parameters[0]);
        var query = source.Where(isWanted).GroupBy(parentKey).Select(g => new ParentCount<TKey> { ParentKey = g.Key, Count = g.Count() });

        var rows = query.Provider is IAsyncQueryProvider
            ? await query.ToListAsync(cancellationToken).ConfigureAwait(false)
            : [.. query];
        var counts = rows.ToDictionary(r => r.ParentKey, r => r.Count);
        foreach (var key in parentKeys)
        {
            counts.TryAdd(key, 0);
        }

        return counts;
    }

    /// <summary>The values the query reads at run time (SQL parameters, not constants).</summary>
    private sealed class PagingArguments<TKey>(IReadOnlyCollection<TKey> keys, int rowLimit)
    {
        public IReadOnlyCollection<TKey> Keys { get; } = keys;

        public int RowLimit { get; } = rowLimit;
    }
}

/// <summary>One parent's key and the first rows of its children, as the paged query returns them.</summary>
public sealed class ParentPageRow<TKey, TChild>
{
    public required TKey ParentKey { get; init; }

    public required List<TChild> Children { get; init; }
}

/// <summary>One parent's key and its number of children.</summary>
public sealed class ParentCount<TKey>
{
    public required TKey ParentKey { get; init; }

    public int Count { get; init; }
}
