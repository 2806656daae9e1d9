namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// A DataLoader that caches per request but does not batch: a key not yet cached is fetched at
/// once by <see cref="LoadSingleAsync"/>, without waiting for the end of the executor's wave.
/// For lookups that cannot be batched (an external service, a computed value).
/// </summary>
public abstract class CacheDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    protected CacheDataLoader(DataLoaderOptions? options = null)
        : base(scheduler: null, (options ?? DataLoaderOptions.Default) with { MaxBatchSize = 1 })
    {
    }

    /// <summary>Fetches the value of one key.</summary>
    protected abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken);

    private protected sealed override async Task<TValue[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = new TValue[keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = await LoadSingleAsync(keys[i], cancellationToken).ConfigureAwait(false);
        }

        return values;
    }

    // The fetch starts now and is cancelled by the token of the load that started it.
    private protected sealed override void Schedule(Func<CancellationToken, ValueTask> dispatch, CancellationToken loadCancellation) =>
        _ = dispatch(loadCancellation).AsTask();
}
