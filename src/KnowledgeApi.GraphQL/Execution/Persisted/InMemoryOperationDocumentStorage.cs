using System.Collections.Concurrent;

namespace KnowledgeApi.GraphQL.Execution.Persisted;

/// <summary>Documents kept in the process (tests, and automatic persisted queries on a single server).</summary>
public sealed class InMemoryOperationDocumentStorage : IOperationDocumentStorage
{
    private readonly ConcurrentDictionary<string, string> documents = new(StringComparer.Ordinal);

    /// <summary>How many documents are stored.</summary>
    public int Count => documents.Count;

    public ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(id is not null && documents.TryGetValue(id, out var document) ? document : null);

    public ValueTask SaveAsync(string id, string document, CancellationToken cancellationToken = default)
    {
        if (!OperationDocumentId.IsValid(id))
        {
            throw new ArgumentException($"`{id}` is not a valid document id.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(document);
        documents[id] = document;
        return ValueTask.CompletedTask;
    }
}
