using KnowledgeApi.GraphQL.Data.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

/// <summary>The request's loaders hold the next wave back until the current wave's fetches are done.</summary>
public sealed class WaveGateTests
{
    [Fact]
    public async Task Keys_asked_for_while_a_fetch_is_running_wait_for_it_and_then_go_out_together()
    {
        var scheduler = new ManualBatchScheduler();
        using var services = new ServiceCollection().BuildServiceProvider();
        var context = FakeResolverContext.Create(services, scheduler);
        var release = new TaskCompletionSource<IReadOnlyDictionary<int, string>>();
        var slow = context.BatchDataLoader<int, string>((_, _) => release.Task, "slow");
        var next = context.BatchDataLoader<int, string>((keys, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"next {k}")), "next");

        var first = slow.LoadAsync(1);
        var wave = scheduler.DispatchAsync();
        var early = next.LoadAsync(10);
        Assert.Equal(0, scheduler.Queued);

        release.SetResult(new Dictionary<int, string> { [1] = "one" });
        await wave;
        Assert.Equal("one", await first);
        var late = next.LoadAsync(11);
        Assert.Equal(1, scheduler.Queued);
        await scheduler.DispatchAsync();

        Assert.Equal("next 10", await early);
        Assert.Equal("next 11", await late);
    }

    [Fact]
    public async Task A_fetch_that_loads_through_another_loader_is_not_held_back_by_itself()
    {
        var scheduler = new ManualBatchScheduler();
        using var services = new ServiceCollection().BuildServiceProvider();
        var context = FakeResolverContext.Create(services, scheduler);
        var inner = context.BatchDataLoader<int, string>((keys, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"inner {k}")), "inner");
        var outer = context.BatchDataLoader<int, string>(
            async (keys, ct) =>
            {
                var values = await inner.LoadAsync(keys, ct);
                return keys.Zip(values).ToDictionary(p => p.First, p => $"outer of {p.Second}");
            },
            "outer");

        var load = outer.LoadAsync(5);
        var outerWave = scheduler.DispatchAsync();
        Assert.Equal(1, scheduler.Queued);
        await scheduler.DispatchAsync();
        await outerWave;

        Assert.Equal("outer of inner 5", await load);
    }
}
