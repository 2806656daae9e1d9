using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

public sealed class BatchDataLoaderTests
{
    [Fact]
    public async Task Keys_loaded_in_one_wave_are_fetched_by_one_call()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler);

        var one = loader.LoadAsync(1);
        var two = loader.LoadAsync(2);
        var many = loader.LoadAsync([3, 4, 2]);

        Assert.False(one.IsCompleted);
        Assert.Equal(1, scheduler.Scheduled);
        await scheduler.DispatchAsync();

        Assert.Equal("1", await one);
        Assert.Equal("4", await two);
        Assert.Equal(["9", "16", "4"], await many);
        var fetch = Assert.Single(loader.Fetches);
        Assert.Equal([1, 2, 3, 4], fetch);
    }

    [Fact]
    public async Task The_same_key_is_fetched_once_per_request()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler);

        // Each pending caller gets its own task (so it resumes inline when the batch settles);
        // once the key has its value, every later caller gets the one cached task.
        var first = loader.LoadAsync(7);
        var second = loader.LoadAsync(7);
        Assert.Equal(1, scheduler.Queued);
        await scheduler.DispatchAsync();
        Assert.Equal("49", await first);
        Assert.Equal("49", await second);

        var later = loader.LoadAsync(7);
        Assert.Same(later, loader.LoadAsync(7));
        Assert.True(later.IsCompletedSuccessfully);
        Assert.Equal("49", await later);
        Assert.Equal(0, scheduler.Queued);
        Assert.Single(loader.Fetches);
    }

    [Fact]
    public async Task Keys_asked_for_after_a_dispatch_form_the_next_batch()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler);

        var first = loader.LoadAsync(1);
        await scheduler.DispatchAsync();
        await first;
        var second = loader.LoadAsync(2);
        await scheduler.DispatchAsync();

        Assert.Equal("4", await second);
        Assert.Equal([[1], [2]], loader.Fetches);
        Assert.Equal(2, scheduler.Scheduled);
    }

    [Fact]
    public async Task A_key_the_fetch_does_not_return_loads_as_null()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler, missing: 5);

        var found = loader.LoadAsync(4);
        var missing = loader.LoadAsync(5);
        await scheduler.DispatchAsync();

        Assert.Equal("16", await found);
        Assert.Null(await missing);
    }

    [Fact]
    public async Task A_failed_batch_fails_every_waiting_key_with_the_exception_and_a_later_load_fetches_again()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler) { FailNextFetch = true };

        var one = loader.LoadAsync(1);
        var two = loader.LoadAsync(2);
        await scheduler.DispatchAsync();

        var first = await Assert.ThrowsAsync<InvalidOperationException>(() => one);
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => two);
        Assert.Same(first, second);
        Assert.Equal("The database is down.", first.Message);

        var retry = loader.LoadAsync(1);
        Assert.NotSame(one, retry);
        await scheduler.DispatchAsync();
        Assert.Equal("1", await retry);
        Assert.Equal(2, loader.Fetches.Count);
    }

    [Fact]
    public async Task An_error_while_reading_the_fetched_groups_fails_the_keys_instead_of_leaving_them_waiting()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new BrokenGroupLoader(scheduler);

        var load = loader.LoadAsync(1);
        await scheduler.DispatchAsync();

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => load);
        Assert.Contains("lost", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_dispatch_cancels_every_waiting_key()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler);
        using var aborted = new CancellationTokenSource();

        var one = loader.LoadAsync(1);
        var two = loader.LoadAsync(2);
        await aborted.CancelAsync();
        await scheduler.DispatchAsync(aborted.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => one);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => two);
        Assert.Empty(loader.Fetches);
    }

    [Fact]
    public async Task Cancellation_reaches_a_fetch_that_is_running()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler) { WaitForCancellation = true };
        using var aborted = new CancellationTokenSource();

        var load = loader.LoadAsync(3);
        var dispatch = scheduler.DispatchAsync(aborted.Token);
        await aborted.CancelAsync();
        await dispatch;

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load);
        Assert.Equal(aborted.Token, error.CancellationToken);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_load_refuses_it_without_disturbing_other_callers()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var patient = loader.LoadAsync(6);
        var refused = loader.LoadAsync(6, cancelled.Token);
        await scheduler.DispatchAsync();

        Assert.True(refused.IsCanceled);
        Assert.Equal("36", await patient);
        Assert.True(loader.LoadAsync(7, cancelled.Token).IsCanceled);
        Assert.Equal(0, scheduler.Queued);
    }

    [Fact]
    public async Task A_wave_larger_than_the_batch_size_is_split_into_several_fetches()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler, new DataLoaderOptions { MaxBatchSize = 2 });

        var values = loader.LoadAsync([1, 2, 3, 4, 5]);
        await scheduler.DispatchAsync();

        Assert.Equal(["1", "4", "9", "16", "25"], await values);
        Assert.Equal([[1, 2], [3, 4], [5]], loader.Fetches);
    }

    [Fact]
    public async Task A_value_set_beforehand_is_not_fetched()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler);

        loader.Set(2, "from a projection");
        var primed = loader.LoadAsync(2);

        Assert.True(primed.IsCompletedSuccessfully);
        Assert.Equal("from a projection", await primed);
        Assert.Equal(0, scheduler.Scheduled);
    }

    [Fact]
    public async Task Clearing_the_cache_makes_the_next_load_fetch_again()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler);
        var before = loader.LoadAsync(3);
        await scheduler.DispatchAsync();
        await before;

        loader.Clear();
        var after = loader.LoadAsync(3);
        await scheduler.DispatchAsync();

        Assert.Equal("9", await after);
        Assert.Equal([[3], [3]], loader.Fetches);
    }

    [Fact]
    public async Task Without_caching_loads_of_one_wave_still_share_a_fetch_but_the_next_wave_fetches_again()
    {
        var scheduler = new ManualBatchScheduler();
        var loader = new SquareLoader(scheduler, new DataLoaderOptions { Caching = false });

        var first = loader.LoadAsync(2);
        var same = loader.LoadAsync(2);
        await scheduler.DispatchAsync();
        Assert.Equal("4", await first);
        Assert.Equal("4", await same);

        var next = loader.LoadAsync(2);
        await scheduler.DispatchAsync();
        Assert.Equal("4", await next);
        Assert.Equal([[2], [2]], loader.Fetches);
    }

    /// <summary>Squares numbers, remembering every batch it was asked for.</summary>
    private sealed class SquareLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null, int? missing = null)
        : BatchDataLoader<int, string>(scheduler, options)
    {
        private readonly List<int[]> _fetches = [];

        public IReadOnlyList<int[]> Fetches
        {
            get
            {
                lock (_fetches)
                {
                    return [.. _fetches];
                }
            }
        }

        public bool FailNextFetch { get; set; }

        public bool WaitForCancellation { get; init; }

        protected override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (_fetches)
            {
                _fetches.Add([.. keys]);
            }

            if (WaitForCancellation)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            await Task.Yield();
            if (FailNextFetch)
            {
                FailNextFetch = false;
                throw new InvalidOperationException("The database is down.");
            }

            return keys.Where(k => k != missing).ToDictionary(k => k, k => (k * k).ToString());
        }
    }

    /// <summary>A grouped loader whose lookup throws: stands for a fetch that breaks after returning.</summary>
    private sealed class BrokenGroupLoader(IBatchScheduler scheduler) : GroupedDataLoader<int, string>(scheduler)
    {
        protected override Task<ILookup<int, string>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            Task.FromResult<ILookup<int, string>>(new ThrowingLookup());

        private sealed class ThrowingLookup : ILookup<int, string>
        {
            public int Count => 0;

            public IEnumerable<string> this[int key] => throw new KeyNotFoundException("The group was lost.");

            public bool Contains(int key) => false;

            public IEnumerator<IGrouping<int, string>> GetEnumerator() => Enumerable.Empty<IGrouping<int, string>>().GetEnumerator();

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
