using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>
/// A fetch that loads through another loader schedules a dispatch while its own is still running.
/// The executor holds new batches until running dispatches finish, so it must run such a nested
/// dispatch at once — holding it would leave the outer fetch waiting forever.
/// </summary>
public sealed class NestedDispatchTests
{
    [Fact]
    public async Task A_dispatch_scheduled_inside_a_running_dispatch_runs_before_that_one_ends()
    {
        var executor = new RequestExecutor(SchemaBuilder.New().AddQueryType<NestedDispatchQuery>().Create());

        // A hang would be the failure; the token turns it into a cancelled request instead.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a: nested b: nested }" }, timeout.Token);

        Assert.Equal("""{"data":{"a":"outer of inner","b":"outer of inner"}}""", result.ToJson());
    }
}

public sealed class NestedDispatchQuery
{
    public Task<string> Nested(IResolverContext context)
    {
        var outer = new TaskCompletionSource<string>();
        context.BatchScheduler.Schedule(async _ =>
        {
            // Like a real fetch, the inner load happens after the fetch has already awaited something.
            await Task.Yield();
            var inner = new TaskCompletionSource<string>();
            context.BatchScheduler.Schedule(_ =>
            {
                inner.SetResult("inner");
                return ValueTask.CompletedTask;
            });
            outer.SetResult("outer of " + await inner.Task);
        });
        return outer.Task;
    }
}
