using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// DataLoader access from a resolver, in Hot Chocolate's words: <c>context.DataLoader&lt;T&gt;()</c>
/// for a loader class, <c>context.BatchDataLoader(...)</c> and friends for one defined inline.
/// Every call within one request returns the same loader, so its cache and batches are shared.
/// </summary>
public static class ResolverContextDataLoaderExtensions
{
    /// <summary>The request's loader of type <typeparamref name="T"/> (registered with <c>AddDataLoader</c>, or any concrete loader class).</summary>
    public static T DataLoader<T>(this IResolverContext context)
        where T : IDataLoader =>
        DataLoaderScope.Of(context).GetDataLoader<T>();

    /// <summary>The request's one-to-one loader named <paramref name="name"/>; <paramref name="fetch"/> is used when it is first created.</summary>
    public static IDataLoader<TKey, TValue?> BatchDataLoader<TKey, TValue>(
        this IResolverContext context,
        FetchBatch<TKey, TValue> fetch,
        string name,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return DataLoaderScope.Of(context).GetOrCreate(name, (_, scheduler) => new DelegateBatchDataLoader<TKey, TValue>(scheduler, fetch, options));
    }

    /// <summary>The request's one-to-many loader named <paramref name="name"/>; <paramref name="fetch"/> is used when it is first created.</summary>
    public static IDataLoader<TKey, TValue[]> GroupDataLoader<TKey, TValue>(
        this IResolverContext context,
        FetchGroup<TKey, TValue> fetch,
        string name,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return DataLoaderScope.Of(context).GetOrCreate(name, (_, scheduler) => new DelegateGroupedDataLoader<TKey, TValue>(scheduler, fetch, options));
    }

    /// <summary>The request's caching (non-batching) loader named <paramref name="name"/>.</summary>
    public static IDataLoader<TKey, TValue> CacheDataLoader<TKey, TValue>(
        this IResolverContext context,
        FetchSingle<TKey, TValue> fetch,
        string name,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return DataLoaderScope.Of(context).GetOrCreate(name, (_, _) => new DelegateCacheDataLoader<TKey, TValue>(fetch, options));
    }
}
