namespace KnowledgeApi.GraphQL.Execution.Persisted;

/// <summary>Persisted (trusted) operations: <c>ModifyRequestOptions(o => o.PersistedOperations...)</c>, as in Hot Chocolate.</summary>
public sealed class PersistedOperationOptions
{
    /// <summary>
    /// Refuse every document the request carries itself (<c>HC0067</c> "Only persisted operations are allowed.");
    /// only documents read from the storage by id run. Automatic persisted queries may then look
    /// documents up but not register new ones.
    /// </summary>
    public bool OnlyAllowPersistedDocuments { get; set; }

    /// <summary>Which pipeline reads stored documents; set by <c>UsePersistedOperationPipeline()</c> or <c>UseAutomaticPersistedOperationPipeline()</c>.</summary>
    public PersistedOperationPipeline Pipeline { get; set; }
}

/// <summary>How the executor treats document ids.</summary>
public enum PersistedOperationPipeline
{
    /// <summary>No storage: a request by id alone is answered <c>HC0020</c>.</summary>
    None,

    /// <summary>Requests by <c>id</c> run the stored document (<c>UsePersistedOperationPipeline()</c>).</summary>
    Persisted,

    /// <summary>
    /// As <see cref="Persisted"/>, plus automatic persisted queries: <c>extensions.persistedQuery</c> looks a
    /// document up by hash, or stores the query sent with it (<c>UseAutomaticPersistedOperationPipeline()</c>).
    /// </summary>
    Automatic,
}
