namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// The request's batch scheduler, driven by the executor: a DataLoader that has gathered keys
/// schedules one dispatch here, and the executor runs the scheduled dispatches when every
/// running resolver is waiting (end of a wave), so keys from sibling and cousin fields share one
/// fetch. Without this hook each key would be fetched on its own.
/// </summary>
public interface IBatchScheduler
{
    /// <summary>Queues a dispatch to run when the executor next has no other runnable work.</summary>
    void Schedule(Func<CancellationToken, ValueTask> dispatch);
}
