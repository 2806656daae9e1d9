using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>Fetches the values of many keys at once, for a batch loader defined inline.</summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> FetchBatch<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

/// <summary>Fetches the children of many keys at once, for a grouped loader defined inline.</summary>
public delegate Task<ILookup<TKey, TValue>> FetchGroup<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

/// <summary>Fetches the value of one key, for a cache loader defined inline.</summary>
public delegate Task<TValue> FetchSingle<TKey, TValue>(TKey key, CancellationToken cancellationToken);

internal sealed class DelegateBatchDataLoader<TKey, TValue>(IBatchScheduler scheduler, FetchBatch<TKey, TValue> fetch, DataLoaderOptions? options)
    : BatchDataLoader<TKey, TValue>(scheduler, options)
    where TKey : notnull
{
    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);
}

internal sealed class DelegateGroupedDataLoader<TKey, TValue>(IBatchScheduler scheduler, FetchGroup<TKey, TValue> fetch, DataLoaderOptions? options)
    : GroupedDataLoader<TKey, TValue>(scheduler, options)
    where TKey : notnull
{
    protected override Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);
}

internal sealed class DelegateCacheDataLoader<TKey, TValue>(FetchSingle<TKey, TValue> fetch, DataLoaderOptions? options)
    : CacheDataLoader<TKey, TValue>(options)
    where TKey : notnull
{
    protected override Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken) =>
        fetch(key, cancellationToken);
}
