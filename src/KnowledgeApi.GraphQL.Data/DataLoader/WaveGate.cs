using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// Stands between a request's loaders and the executor's <see cref="IBatchScheduler"/> and holds
/// back the next wave's dispatches until every dispatch in flight has finished.
/// </summary>
/// <remarks>
/// Why: when a fetch returns, its waiting resolvers resume and their child fields load new keys
/// (the books' authors). The executor runs queued dispatches as soon as it has nothing runnable,
/// and it may reach that point while the first resumed children have loaded their keys and the
/// rest have not — sending the next wave out in pieces (13 statements instead of 1 in our tests).
/// Loaders complete their promises synchronously, so by the time a dispatch finishes, every
/// resolver it woke has resumed; releasing the held dispatches only then gathers the whole wave.
/// </remarks>
internal sealed class WaveGate(IBatchScheduler executorScheduler) : IBatchScheduler
{
    // Set while a fetch runs (it flows into the fetch's own awaits, not into the resolvers it
    // wakes): a fetch that loads through another loader must not wait for its own end.
    private static readonly AsyncLocal<WaveGate?> RunningFetch = new();

    private readonly Lock _sync = new();
    private readonly List<Func<CancellationToken, ValueTask>> _held = [];
    private int _inFlight;

    public void Schedule(Func<CancellationToken, ValueTask> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        lock (_sync)
        {
            if (_inFlight > 0 && RunningFetch.Value != this)
            {
                _held.Add(dispatch);
                return;
            }
        }

        Forward(dispatch);
    }

    private void Forward(Func<CancellationToken, ValueTask> dispatch) =>
        executorScheduler.Schedule(cancellationToken => RunAsync(dispatch, cancellationToken));

    private async ValueTask RunAsync(Func<CancellationToken, ValueTask> dispatch, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            _inFlight++;
        }

        try
        {
            RunningFetch.Value = this;
            await dispatch(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Func<CancellationToken, ValueTask>[] released = [];
            lock (_sync)
            {
                if (--_inFlight == 0 && _held.Count > 0)
                {
                    released = [.. _held];
                    _held.Clear();
                }
            }

            foreach (var next in released)
            {
                Forward(next);
            }
        }
    }
}
