using BenchmarkDotNet.Attributes;
using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.Benchmarks.DataLoader;

/// <summary>
/// The loader's own cost without a database: 1,000 loads (half of them repeats of cached keys)
/// gathered into one batch and answered from memory. Divide by 1,000 for the cost per load.
/// </summary>
[MemoryDiagnoser]
public class LoaderOverheadBenchmarks
{
    private const int Loads = 1000;

    [Benchmark(Description = "1,000 loads, 500 distinct keys, one in-memory batch")]
    public async Task<long> ThousandLoads()
    {
        var scheduler = new WaveScheduler();
        var loader = new IdentityLoader(scheduler);
        var tasks = new Task<int>[Loads];
        for (var i = 0; i < Loads; i++)
        {
            tasks[i] = loader.LoadAsync(i % (Loads / 2));
        }

        await scheduler.RunWaveAsync();
        long sum = 0;
        foreach (var task in tasks)
        {
            sum += await task;
        }

        return sum;
    }

    private sealed class IdentityLoader(IBatchScheduler scheduler) : BatchDataLoader<int, int>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            var values = new Dictionary<int, int>(keys.Count);
            foreach (var key in keys)
            {
                values[key] = key;
            }

            return Task.FromResult<IReadOnlyDictionary<int, int>>(values);
        }
    }
}
