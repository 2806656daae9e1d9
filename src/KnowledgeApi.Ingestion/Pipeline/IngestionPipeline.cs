using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Reading;
using KnowledgeApi.Ingestion.Storing;
using KnowledgeApi.Ingestion.Writing;
using KnowledgeApi.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Pipeline;

/// <summary>
/// Ingests article files: read (<see cref="ReadFileStep"/>) → clean (<see cref="CleanStep"/>) →
/// extract (<see cref="ExtractStep"/>) → resolve and persist (<see cref="PersistStep"/>, with
/// <see cref="EntityResolver"/>). The first three run in parallel, a few files ahead; writes run
/// one at a time in input order, so the same files always give the same ids.
/// </summary>
/// <param name="contexts">Where articles are stored.</param>
/// <param name="extractor">Finds entities, quotations and links in each article.</param>
/// <param name="writeLock">
/// The process's write lock, shared with <see cref="KnowledgeWriter"/> so file ingests and API
/// writes queue behind one another; without one the pipeline keeps its own.
/// </param>
public sealed class IngestionPipeline(IDbContextFactory<KnowledgeDbContext> contexts, IArticleExtractor extractor, KnowledgeWriteLock? writeLock = null) : IDisposable
{
    private readonly PersistStep _persist = new(contexts);

    // One writer at a time within this process; BEGIN IMMEDIATE covers other processes.
    private readonly KnowledgeWriteLock _writeLock = writeLock ?? new KnowledgeWriteLock();
    private readonly bool _ownsLock = writeLock is null;

    public async Task<IngestSummary> IngestAsync(IReadOnlyList<string> files, IProgress<IngestResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var ahead = Math.Max(2, Environment.ProcessorCount * 2);
        var window = new Queue<Task<Prepared>>();
        var next = 0;
        var results = new List<IngestResult>(files.Count);
        while (next < files.Count || window.Count > 0)
        {
            while (window.Count < ahead && next < files.Count)
            {
                var path = files[next++];
                window.Enqueue(Task.Run(() => PrepareAsync(path, cancellationToken), cancellationToken));
            }

            var result = await StoreAsync(await window.Dequeue().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            results.Add(result);
            progress?.Report(result);
        }

        return new IngestSummary(results);
    }

    public async Task<IngestResult> IngestFileAsync(string path, CancellationToken cancellationToken = default) =>
        await StoreAsync(await PrepareAsync(path, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public void Dispose()
    {
        // A shared lock belongs to whoever shares it (the DI container).
        if (_ownsLock)
        {
            _writeLock.Dispose();
        }
    }

    private async Task<Prepared> PrepareAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var file = await ReadFileStep.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            var document = CleanStep.Clean(file);
            return new Prepared(path, document, ExtractStep.Extract(extractor, document), null);
        }
        catch (ArticleReadException error)
        {
            return new Prepared(path, null, null, error.Message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // An extractor that fails on one text must not stop the other files.
            return new Prepared(path, null, null, $"{Path.GetFileName(path)}: extraction failed: {error.Message}");
        }
    }

    private async Task<IngestResult> StoreAsync(Prepared prepared, CancellationToken cancellationToken)
    {
        if (prepared.Document is null || prepared.Extracted is null)
        {
            return new IngestResult(prepared.Path, IngestStatus.Skipped, Problem: prepared.Problem);
        }

        using var held = await _writeLock.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = await _persist.PersistAsync(prepared.Document, prepared.Extracted, cancellationToken).ConfigureAwait(false);
            var status = stored.Status switch
            {
                PersistStatus.Added => IngestStatus.Added,
                PersistStatus.Updated => IngestStatus.Updated,
                _ => IngestStatus.Unchanged,
            };
            return new IngestResult(prepared.Path, status, stored.ArticleId);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The transaction rolled back: this article left no trace, the others go on.
            return new IngestResult(prepared.Path, IngestStatus.Skipped, Problem: $"{prepared.Document.SourceName}: could not be stored: {error.GetBaseException().Message}");
        }
    }

    private sealed record Prepared(string Path, ArticleDocument? Document, ExtractedArticle? Extracted, string? Problem);
}
