namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>Any DataLoader: a per-request cache of fetched values whose entries can be dropped.</summary>
public interface IDataLoader
{
    /// <summary>Forgets every cached value, so the next load of any key fetches again.</summary>
    void Clear();
}

/// <summary>
/// Loads values by key for one request: each key is fetched at most once (later loads share the
/// first load's task) and the keys asked for while the executor is busy are fetched together.
/// </summary>
public interface IDataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    /// <summary>
    /// The value for <paramref name="key"/>; waits for the batch the key joins. A token already
    /// cancelled refuses the load; once queued, the key's fetch is cancelled by the request's token.
    /// </summary>
    Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default);

    /// <summary>The values for <paramref name="keys"/>, in the same order.</summary>
    Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Puts a value known from elsewhere (e.g. a projection) in the cache so it is not fetched.</summary>
    void Set(TKey key, TValue value);

    /// <summary>Forgets one key's cached value.</summary>
    void Remove(TKey key);
}
