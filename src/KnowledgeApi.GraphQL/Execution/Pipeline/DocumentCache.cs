using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace KnowledgeApi.GraphQL.Execution.Pipeline;

/// <summary>
/// Stage 1: the document cache. Keyed by a SHA-256 hash of the query's UTF-8 bytes, so a repeated
/// query is never parsed, validated or planned twice; bounded, dropping the oldest entries first.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CachedDocument> documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> insertionOrder = new();

    public int Count => documents.Count;

    public static string Hash(ReadOnlySpan<byte> utf8Query)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8Query, hash);
        return Convert.ToHexString(hash);
    }

    public bool TryGet(string hash, out CachedDocument? document) => documents.TryGetValue(hash, out document);

    public void Add(string hash, CachedDocument document)
    {
        if (capacity <= 0 || !documents.TryAdd(hash, document))
        {
            return;
        }

        insertionOrder.Enqueue(hash);
        while (documents.Count > capacity && insertionOrder.TryDequeue(out var oldest))
        {
            documents.TryRemove(oldest, out _);
        }
    }
}
