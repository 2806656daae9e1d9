using System.Collections.Concurrent;

namespace KnowledgeApi.GraphQL.Execution.Processing;

/// <summary>
/// The request's <see cref="IBatchScheduler"/>. DataLoaders queue their dispatch here; the
/// executor's work loop takes the queued dispatches only when it has nothing else to run, so every
/// key asked for by sibling and cousin fields in that wave is fetched by one dispatch.
/// </summary>
internal sealed class BatchScheduler(Action wake) : IBatchScheduler
{
    private readonly ConcurrentQueue<Func<CancellationToken, ValueTask>> queued = new();

    public bool HasQueued => !queued.IsEmpty;

    public void Schedule(Func<CancellationToken, ValueTask> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        queued.Enqueue(dispatch);

        // The work loop may be asleep waiting for resolvers; a scheduled batch is work it must see.
        wake();
    }

    public bool TryTake(out Func<CancellationToken, ValueTask>? dispatch) => queued.TryDequeue(out dispatch);
}
