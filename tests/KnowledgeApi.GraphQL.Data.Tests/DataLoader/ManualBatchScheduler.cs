using System.Collections.Concurrent;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

/// <summary>
/// A batch scheduler the test drives by hand: dispatches wait until <see cref="DispatchAsync"/>,
/// which plays the executor's "no resolver can progress" moment.
/// </summary>
internal sealed class ManualBatchScheduler : IBatchScheduler
{
    private readonly ConcurrentQueue<Func<CancellationToken, ValueTask>> _queued = new();
    private int _scheduled;

    /// <summary>How many dispatches were scheduled so far.</summary>
    public int Scheduled => Volatile.Read(ref _scheduled);

    public int Queued => _queued.Count;

    public void Schedule(Func<CancellationToken, ValueTask> dispatch)
    {
        Interlocked.Increment(ref _scheduled);
        _queued.Enqueue(dispatch);
    }

    /// <summary>Takes the dispatches queued now, for a test that runs them itself.</summary>
    public IReadOnlyList<Func<CancellationToken, ValueTask>> TakeQueued()
    {
        var wave = new List<Func<CancellationToken, ValueTask>>();
        while (_queued.TryDequeue(out var dispatch))
        {
            wave.Add(dispatch);
        }

        return wave;
    }

    /// <summary>Runs the dispatches queued now (not those they cause) one after another, as one executor wave would.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken = default)
    {
        var wave = TakeQueued();
        foreach (var dispatch in wave)
        {
            await dispatch(cancellationToken);
        }
    }
}
