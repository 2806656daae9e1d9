using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>
/// The executor runs DataLoader dispatches only when every runnable resolver has run, so the keys
/// of sibling and cousin fields in one wave are fetched together.
/// </summary>
public sealed class BatchSchedulerTests
{
    private static readonly Lazy<RequestExecutor> Executor = new(() => new RequestExecutor(
        SchemaBuilder.New().AddQueryType<BatchQuery>().AddServices(new TestServices(new NumberLoader())).Create()));

    [Fact]
    public async Task Keys_of_sibling_and_cousin_fields_go_out_in_one_dispatch_per_wave()
    {
        var loader = new NumberLoader();

        var json = await RunAsync("{ numbers(count: 4) { label a: label twin { label } } }", loader);

        Assert.Equal(
            """{"data":{"numbers":[{"label":"#0","a":"#0","twin":{"label":"#100"}},{"label":"#1","a":"#1","twin":{"label":"#101"}},{"label":"#2","a":"#2","twin":{"label":"#102"}},{"label":"#3","a":"#3","twin":{"label":"#103"}}]}}""",
            json);

        // Wave 1: the labels of all four numbers and their twins (twin is a plain property). Nothing else waits.
        Assert.Equal(["0,1,2,3,100,101,102,103"], loader.Batches);
    }

    [Fact]
    public async Task Fields_that_need_a_loaded_value_form_the_next_wave()
    {
        var loader = new NumberLoader();

        var json = await RunAsync("{ numbers(count: 3) { loadedTwin { label } } }", loader);

        Assert.Equal("""{"data":{"numbers":[{"loadedTwin":{"label":"#100"}},{"loadedTwin":{"label":"#101"}},{"loadedTwin":{"label":"#102"}}]}}""", json);
        Assert.Equal(["0,1,2", "100,101,102"], loader.Batches);
    }

    private static async Task<string> RunAsync(string query, NumberLoader loader)
    {
        var result = await Executor.Value.ExecuteAsync(new GraphQLRequest { Query = query, Services = new TestServices(loader) });
        return ((ExecutionResult)result).ToJson();
    }
}

public sealed class BatchQuery
{
    public IReadOnlyList<Number> Numbers(int count) => [.. Enumerable.Range(0, count).Select(i => new Number(i))];
}

public sealed class Number(int value)
{
    public Number Twin => new(value + 100);

    public Task<string> Label([Service] NumberLoader loader, IResolverContext context) => loader.LoadAsync(context, value);

    public async Task<Number> LoadedTwin([Service] NumberLoader loader, IResolverContext context)
    {
        await loader.LoadAsync(context, value);
        return new Number(value + 100);
    }
}

/// <summary>A minimal batching loader: gathers keys until the executor runs its dispatch, and records every batch.</summary>
public sealed class NumberLoader
{
    private readonly Lock gate = new();
    private readonly Dictionary<int, List<TaskCompletionSource<string>>> waiting = [];

    public List<string> Batches { get; } = [];

    public Task<string> LoadAsync(IResolverContext context, int key)
    {
        lock (gate)
        {
            var first = waiting.Count == 0;
            if (!waiting.TryGetValue(key, out var callers))
            {
                waiting.Add(key, callers = []);
            }

            // One task per caller with inline continuations, as the real DataLoaders do: resumed
            // resolvers reach the executor's queue before the dispatch returns.
            var promise = new TaskCompletionSource<string>();
            callers.Add(promise);
            if (first)
            {
                context.BatchScheduler.Schedule(DispatchAsync);
            }

            return promise.Task;
        }
    }

    private ValueTask DispatchAsync(CancellationToken cancellationToken)
    {
        KeyValuePair<int, List<TaskCompletionSource<string>>>[] batch;
        lock (gate)
        {
            batch = [.. waiting.OrderBy(p => p.Key)];
            waiting.Clear();
            Batches.Add(string.Join(",", batch.Select(p => p.Key)));
        }

        foreach (var (key, callers) in batch)
        {
            foreach (var promise in callers)
            {
                promise.SetResult($"#{key}");
            }
        }

        return ValueTask.CompletedTask;
    }
}
