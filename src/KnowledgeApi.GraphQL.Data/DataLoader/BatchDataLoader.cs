using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// A one-to-one DataLoader (an article's author, a quotation's speaker): all keys of a wave are
/// fetched by one <see cref="LoadBatchAsync"/> call; a key the fetch does not return loads as null.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    protected BatchDataLoader(IBatchScheduler batchScheduler, DataLoaderOptions? options = null)
        : base(batchScheduler ?? throw new ArgumentNullException(nameof(batchScheduler)), options)
    {
    }

    /// <summary>Fetches the values of <paramref name="keys"/> in one go (e.g. one <c>WHERE id IN (...)</c>).</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<TValue?[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue?[keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = found.TryGetValue(keys[i], out var value) ? value : default;
        }

        return values;
    }
}
