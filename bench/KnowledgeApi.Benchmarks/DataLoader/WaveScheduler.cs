using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.Benchmarks.DataLoader;

/// <summary>Collects dispatches and runs them when the benchmark says the wave is over, as the executor would.</summary>
internal sealed class WaveScheduler : IBatchScheduler
{
    private readonly List<Func<CancellationToken, ValueTask>> _queued = [];

    public void Schedule(Func<CancellationToken, ValueTask> dispatch)
    {
        lock (_queued)
        {
            _queued.Add(dispatch);
        }
    }

    public async Task RunWaveAsync()
    {
        Func<CancellationToken, ValueTask>[] wave;
        lock (_queued)
        {
            wave = [.. _queued];
            _queued.Clear();
        }

        foreach (var dispatch in wave)
        {
            await dispatch(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
