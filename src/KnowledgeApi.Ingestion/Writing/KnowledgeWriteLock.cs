using KnowledgeApi.Ingestion.Writing.Errors;

namespace KnowledgeApi.Ingestion.Writing;

/// <summary>
/// The one in-process writer gate: the ingestion pipeline (server seeding, the <c>ingest</c> verb)
/// and every <see cref="KnowledgeWriter"/> write take it before their <c>BEGIN IMMEDIATE</c>, so
/// writers of this process queue here, in order, instead of spinning on SQLite's busy handler;
/// <c>BEGIN IMMEDIATE</c> with its busy timeout still keeps other processes apart.
/// </summary>
public sealed class KnowledgeWriteLock : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits for the lock without a limit (batch ingestion, which nobody is waiting on interactively).</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_gate);
    }

    /// <summary>
    /// Waits at most <paramref name="timeout"/>; a writer still queued then gets a
    /// <see cref="KnowledgeBaseBusyException"/> instead of hanging behind a long ingest.
    /// </summary>
    public async Task<IDisposable> AcquireAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!await _gate.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            throw new KnowledgeBaseBusyException(
                $"The knowledge base is busy with other writes; this write waited {timeout.TotalSeconds:0.#} s, changed nothing and may be retried.");
        }

        return new Releaser(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            // Released once even if disposed twice, so a double dispose cannot let two writers in.
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
