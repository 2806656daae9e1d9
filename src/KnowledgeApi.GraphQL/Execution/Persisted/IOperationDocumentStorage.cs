namespace KnowledgeApi.GraphQL.Execution.Persisted;

/// <summary>
/// Where persisted (trusted) operation documents live, keyed by their id (a hash of the document).
/// Hot Chocolate's contract: a request that names an id gets its document from here, and
/// automatic persisted queries write new documents here.
/// </summary>
public interface IOperationDocumentStorage
{
    /// <summary>The document stored under <paramref name="id"/>, or null when there is none (or the id is not a valid key).</summary>
    ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="document"/> under <paramref name="id"/>, replacing what was there.</summary>
    ValueTask SaveAsync(string id, string document, CancellationToken cancellationToken = default);
}
