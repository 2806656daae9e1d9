using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// A one-to-many DataLoader (an article's quotations): all keys of a wave are fetched by one
/// <see cref="LoadGroupedBatchAsync"/> call; each key loads its group, empty when it has none.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    protected GroupedDataLoader(IBatchScheduler batchScheduler, DataLoaderOptions? options = null)
        : base(batchScheduler ?? throw new ArgumentNullException(nameof(batchScheduler)), options)
    {
    }

    /// <summary>Fetches the children of every key in one go, grouped by key.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<TValue[][]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue[keys.Count][];
        for (var i = 0; i < values.Length; i++)
        {
            // A lookup answers an absent key with an empty sequence, which is what a parent without children has.
            values[i] = [.. groups[keys[i]]];
        }

        return values;
    }
}
