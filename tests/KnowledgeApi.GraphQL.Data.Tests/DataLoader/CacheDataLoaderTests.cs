using KnowledgeApi.GraphQL.Data.DataLoader;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

public sealed class CacheDataLoaderTests
{
    [Fact]
    public async Task A_key_is_fetched_at_once_without_a_scheduler_and_then_served_from_the_cache()
    {
        var loader = new UpperCaseLoader();

        var first = await loader.LoadAsync("ada");
        var again = await loader.LoadAsync("ada");
        var other = await loader.LoadAsync("alan");

        Assert.Equal("ADA", first);
        Assert.Equal("ADA", again);
        Assert.Equal("ALAN", other);
        Assert.Equal(["ada", "alan"], loader.Fetched);
    }

    [Fact]
    public async Task A_failed_fetch_reaches_the_caller_and_is_not_cached()
    {
        var loader = new UpperCaseLoader();

        await Assert.ThrowsAsync<ArgumentException>(() => loader.LoadAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => loader.LoadAsync(""));

        Assert.Equal(["", ""], loader.Fetched);
    }

    [Fact]
    public async Task The_token_of_the_load_that_started_a_fetch_cancels_it()
    {
        var loader = new UpperCaseLoader { Hang = true };
        using var aborted = new CancellationTokenSource();

        var load = loader.LoadAsync("slow", aborted.Token);
        await aborted.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load);
    }

    private sealed class UpperCaseLoader : CacheDataLoader<string, string>
    {
        private readonly List<string> _fetched = [];

        public IReadOnlyList<string> Fetched => _fetched;

        public bool Hang { get; init; }

        protected override async Task<string> LoadSingleAsync(string key, CancellationToken cancellationToken)
        {
            _fetched.Add(key);
            if (Hang)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            ArgumentException.ThrowIfNullOrEmpty(key);
            return key.ToUpperInvariant();
        }
    }
}
