namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>How a DataLoader batches and caches; the defaults are Hot Chocolate's.</summary>
public sealed record DataLoaderOptions
{
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>
    /// The most keys one fetch receives; a larger wave is split into several fetches. Keeps a
    /// <c>WHERE key IN (...)</c> under the database's parameter limit.
    /// </summary>
    public int MaxBatchSize { get; init; } = 1024;

    /// <summary>When false, values are shared only by loads waiting for the same batch, then forgotten.</summary>
    public bool Caching { get; init; } = true;
}
