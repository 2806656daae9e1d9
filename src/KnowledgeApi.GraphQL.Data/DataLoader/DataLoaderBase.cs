using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// The machinery every DataLoader shares: a per-instance promise cache (one task per key) and
/// the batch that gathers new keys until the request's <see cref="IBatchScheduler"/> dispatches
/// it. Applications derive from <see cref="BatchDataLoader{TKey, TValue}"/>,
/// <see cref="GroupedDataLoader{TKey, TValue}"/> or <see cref="CacheDataLoader{TKey, TValue}"/>.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>
    where TKey : notnull
{
    // One lock guards the cache and the open batch together, so a key is either cached or
    // queued exactly once even when sibling resolvers load it at the same moment.
    private readonly Lock _sync = new();
    private readonly Dictionary<TKey, Promise> _promises = [];
    private readonly IBatchScheduler? _scheduler;
    private PendingBatch? _openBatch;

    /// <param name="scheduler">The request's scheduler; null only for a loader that overrides <see cref="Schedule"/>.</param>
    /// <param name="options">Batch size and caching; <see cref="DataLoaderOptions.Default"/> when null.</param>
    private protected DataLoaderBase(IBatchScheduler? scheduler, DataLoaderOptions? options)
    {
        _scheduler = scheduler;
        Options = options ?? DataLoaderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxBatchSize, 1, nameof(options));
    }

    public DataLoaderOptions Options { get; }

    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TValue>(cancellationToken);
        }

        PendingBatch? batchToSchedule = null;
        Task<TValue> task;
        lock (_sync)
        {
            if (_promises.TryGetValue(key, out var existing))
            {
                task = existing.Join();
            }
            else
            {
                var promise = new Promise();
                _promises.Add(key, promise);
                task = promise.Join();
                if (_openBatch is null || _openBatch.Count >= Options.MaxBatchSize)
                {
                    _openBatch = new PendingBatch();
                    batchToSchedule = _openBatch;
                }

                _openBatch.Add(key, promise);
            }
        }

        if (batchToSchedule is not null)
        {
            // Outside the lock: the scheduler is someone else's code.
            Schedule(ct => DispatchAsync(batchToSchedule, ct), cancellationToken);
        }

        // The caller's own task (see Promise), not a WaitAsync wrapper: a wrapper would resume its
        // caller asynchronously, after the dispatch finished, and split the next wave. A fetch is
        // cancelled by the request's token, which the scheduler hands to the dispatch.
        return task;
    }

    public async Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = new Task<TValue>[keys.Count];
        var index = 0;
        foreach (var key in keys)
        {
            tasks[index++] = LoadAsync(key, cancellationToken);
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    public void Set(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Options.Caching)
        {
            return;
        }

        lock (_sync)
        {
            // First value wins, as in Hot Chocolate: a pending load is not overtaken.
            if (!_promises.ContainsKey(key))
            {
                var promise = new Promise();
                promise.Settle(p => p.TrySetResult(value));
                _promises.Add(key, promise);
            }
        }
    }

    public void Remove(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_sync)
        {
            _promises.Remove(key);
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _promises.Clear();
        }
    }

    /// <summary>Fetches the values of <paramref name="keys"/>, one per key in the same order.</summary>
    private protected abstract Task<TValue[]> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>Hands a batch's dispatch to the request's scheduler; the cache loader runs it at once instead.</summary>
    private protected virtual void Schedule(Func<CancellationToken, ValueTask> dispatch, CancellationToken loadCancellation) =>
        (_scheduler ?? throw new InvalidOperationException($"{GetType().Name} has no batch scheduler.")).Schedule(dispatch);

    private async ValueTask DispatchAsync(PendingBatch batch, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            // Closing the batch: keys loaded from now on go to a new batch and a new dispatch.
            if (ReferenceEquals(_openBatch, batch))
            {
                _openBatch = null;
            }
        }

        var succeeded = false;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = await FetchAsync(batch.Keys, cancellationToken).ConfigureAwait(false);
            if (values.Length != batch.Count)
            {
                throw new InvalidOperationException($"{GetType().Name} returned {values.Length} values for {batch.Count} keys.");
            }

            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                batch.Promises[i].Settle(p => p.TrySetResult(value));
            }

            succeeded = true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            foreach (var promise in batch.Promises)
            {
                promise.Settle(p => p.TrySetCanceled(cancellationToken));
            }
        }
#pragma warning disable CA1031 // Every waiting key must learn of any failure; nothing may escape into the executor's dispatch loop.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            foreach (var promise in batch.Promises)
            {
                promise.Settle(p => p.TrySetException(exception));
            }
        }
        finally
        {
            // A failed key is fetched again by a later load; so is every key when caching is off.
            if (!succeeded || !Options.Caching)
            {
                Forget(batch);
            }
        }
    }

    private void Forget(PendingBatch batch)
    {
        lock (_sync)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (_promises.TryGetValue(batch.Keys[i], out var cached) && ReferenceEquals(cached, batch.Promises[i]))
                {
                    _promises.Remove(batch.Keys[i]);
                }
            }
        }
    }

    /// <summary>Keys waiting for one fetch, each with the promise its loaders await.</summary>
    private sealed class PendingBatch
    {
        private readonly List<TKey> _keys = [];
        private readonly List<Promise> _promises = [];

        public int Count => _keys.Count;

        public List<TKey> Keys => _keys;

        public List<Promise> Promises => _promises;

        public void Add(TKey key, Promise promise)
        {
            _keys.Add(key);
            _promises.Add(promise);
        }
    }

    /// <summary>
    /// One key's pending value. Every caller gets a task of its own, completed inline when the
    /// dispatch settles the key: a task awaited by several callers resumes them on the thread
    /// pool instead, where they reach the executor after it has taken the wave for finished and
    /// sent the next keys in batches of one. With one awaiter per task, each waiting resolver
    /// resumes inside the dispatch and queues its result before the dispatch reports completion.
    /// </summary>
    private sealed class Promise
    {
        private readonly Lock _gate = new();
        private readonly TaskCompletionSource<TValue> _settled = new();
        private List<TaskCompletionSource<TValue>>? _waiting = [];

        /// <summary>A task for one more caller: the settled task once the key has its value.</summary>
        public Task<TValue> Join()
        {
            lock (_gate)
            {
                if (_waiting is null)
                {
                    return _settled.Task;
                }

                var waiter = new TaskCompletionSource<TValue>();
                _waiting.Add(waiter);
                return waiter.Task;
            }
        }

        /// <summary>Completes every caller's task (value, failure or cancellation) with <paramref name="complete"/>.</summary>
        public void Settle(Action<TaskCompletionSource<TValue>> complete)
        {
            List<TaskCompletionSource<TValue>>? waiting;
            lock (_gate)
            {
                waiting = _waiting;
                _waiting = null;
            }

            complete(_settled);
            if (waiting is null)
            {
                return;
            }

            // Outside the lock: each completion runs the caller's continuation inline.
            foreach (var waiter in waiting)
            {
                complete(waiter);
            }
        }
    }
}
