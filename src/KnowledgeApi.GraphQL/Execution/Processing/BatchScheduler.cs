using System.Collections.Concurrent;

namespace KnowledgeApi.GraphQL.Execution.Processing;

/// <summary>
/// The request's <see cref="IBatchScheduler"/>. DataLoaders queue their dispatch here; the
/// executor's work loop takes the queued dispatches only when it has nothing else to run, so every
/// key asked for by sibling and cousin fields in that wave is fetched by one dispatch.
/// </summary>
/// <remarks>
/// A dispatch scheduled from inside a running dispatch (a fetch that loads through another
/// loader) is kept apart: the loop runs it at once, since the running dispatch waits for it and
/// holding it for the end of the wave would never end.
/// </remarks>
internal sealed class BatchScheduler(Action wake) : IBatchScheduler
{
    // Set while a dispatch of this scheduler runs; it flows into the dispatch's own awaits but not
    // into the resolvers the dispatch resumes (they continue in their own execution context).
    private static readonly AsyncLocal<BatchScheduler?> Dispatching = new();

    private readonly ConcurrentQueue<Func<CancellationToken, ValueTask>> queued = new();
    private readonly ConcurrentQueue<Func<CancellationToken, ValueTask>> nested = new();

    public bool HasQueued => !queued.IsEmpty;

    public void Schedule(Func<CancellationToken, ValueTask> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        (Dispatching.Value == this ? nested : queued).Enqueue(dispatch);

        // The work loop may be asleep waiting for resolvers; a scheduled batch is work it must see.
        wake();
    }

    public bool TryTake(out Func<CancellationToken, ValueTask>? dispatch) => queued.TryDequeue(out dispatch);

    /// <summary>A dispatch a running dispatch is waiting for; runs regardless of the wave.</summary>
    public bool TryTakeNested(out Func<CancellationToken, ValueTask>? dispatch) => nested.TryDequeue(out dispatch);

    /// <summary>Starts <paramref name="dispatch"/> marked as this scheduler's, so loads inside it count as nested.</summary>
    public ValueTask Run(Func<CancellationToken, ValueTask> dispatch, CancellationToken cancellationToken)
    {
        var outer = Dispatching.Value;
        Dispatching.Value = this;
        try
        {
            return dispatch(cancellationToken);
        }
        finally
        {
            // The loop's own context must not stay marked: only the dispatch's awaits carry the mark.
            Dispatching.Value = outer;
        }
    }
}
