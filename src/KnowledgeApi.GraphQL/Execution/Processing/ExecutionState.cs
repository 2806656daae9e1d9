using System.Collections.Concurrent;
using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution.Planning;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Processing;

/// <summary>
/// Everything one running operation shares: the plan, the coerced variables, the errors so far,
/// and the work loop's queue. Result nodes and errors are only touched by the work loop, so they
/// need no locks; resolver continuations on other threads only enqueue work and wake the loop.
/// </summary>
internal sealed class ExecutionState : IDisposable
{
    private readonly ConcurrentQueue<Action> work = new();
    private readonly SemaphoreSlim wakeUp = new(0);
    private readonly List<GraphQLError> errors = [];

    public ExecutionState(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        RequestExecutorOptions options,
        IReadOnlyDictionary<string, object?>? contextData,
        CancellationToken requestAborted)
    {
        Plan = plan;
        Variables = variables;
        Services = services;
        Options = options;
        RequestAborted = requestAborted;
        ContextData = contextData is null ? new ConcurrentDictionary<string, object?>() : new ConcurrentDictionary<string, object?>(contextData);
        BatchScheduler = new BatchScheduler(Wake);
    }

    public OperationPlan Plan { get; }

    public Schema Schema => Plan.Schema;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public RequestExecutorOptions Options { get; }

    public CancellationToken RequestAborted { get; }

    public IDictionary<string, object?> ContextData { get; }

    public BatchScheduler BatchScheduler { get; }

    public IReadOnlyList<GraphQLError> Errors => errors;

    /// <summary>Resolver calls (and dispatches) that were started and whose completion the loop has not run yet.</summary>
    public int Pending { get; set; }

    /// <summary>Set when null propagation reached the root: the response's <c>data</c> is null.</summary>
    public bool DataIsNull { get; set; }

    public void AddError(GraphQLError error) => errors.Add(error);

    /// <summary>Queues work for the loop (called from any thread) and wakes it.</summary>
    public void Enqueue(Action item)
    {
        work.Enqueue(item);
        Wake();
    }

    public bool TryDequeue(out Action? item) => work.TryDequeue(out item);

    public Task WaitForWorkAsync() => wakeUp.WaitAsync(RequestAborted);

    public void Dispose() => wakeUp.Dispose();

    private void Wake() => wakeUp.Release();
}
