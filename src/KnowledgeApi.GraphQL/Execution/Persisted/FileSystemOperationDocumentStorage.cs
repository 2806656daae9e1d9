using System.Collections.Concurrent;
using System.Text;

namespace KnowledgeApi.GraphQL.Execution.Persisted;

/// <summary>
/// Documents as files <c>{id}.graphql</c> in one folder, as Hot Chocolate's
/// <c>AddFileSystemOperationDocumentStorage(dir)</c> keeps them: a build step (or a person) drops
/// the documents a client may run into the folder, named by their hash.
/// </summary>
public sealed class FileSystemOperationDocumentStorage : IOperationDocumentStorage
{
    private const string Extension = ".graphql";

    /// <summary>Documents read so far, so a popular id costs no disk read; bounded so unknown-but-valid ids cannot grow it.</summary>
    private const int CacheCapacity = 1024;

    // An id names one document (it is the document's hash), so a document once read never changes.
    private readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);

    public FileSystemOperationDocumentStorage(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The folder's absolute path.</summary>
    public string Directory { get; }

    public async ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken = default)
    {
        // An id that is not a plain hash is never a file name: no `..`, no separators.
        if (!OperationDocumentId.IsValid(id))
        {
            return null;
        }

        if (cache.TryGetValue(id, out var cached))
        {
            return cached;
        }

        try
        {
            var document = await File.ReadAllTextAsync(PathOf(id), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            if (cache.Count < CacheCapacity)
            {
                cache.TryAdd(id, document);
            }

            return document;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async ValueTask SaveAsync(string id, string document, CancellationToken cancellationToken = default)
    {
        if (!OperationDocumentId.IsValid(id))
        {
            throw new ArgumentException($"`{id}` is not a valid document id.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(document);
        System.IO.Directory.CreateDirectory(Directory);

        // Written beside the target and moved over it, so a concurrent reader sees the whole document or none.
        var temporary = Path.Combine(Directory, $"{id}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, document, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, PathOf(id), overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private string PathOf(string id) => Path.Combine(Directory, id + Extension);
}
