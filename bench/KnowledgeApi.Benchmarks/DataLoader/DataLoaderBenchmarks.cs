using BenchmarkDotNet.Attributes;
using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Benchmarks.DataLoader;

/// <summary>
/// The children of N parents on a real SQLite file: through a grouped DataLoader (one statement)
/// against one query per parent (the N+1 the loader exists to avoid); and each parent's first page
/// through the ROW_NUMBER helper against one Take query per parent.
/// </summary>
[MemoryDiagnoser]
public class DataLoaderBenchmarks
{
    private const int PageSize = 5;

    private ShelfDatabase? _database;
    private int[] _shelfIds = [];

    [Params(5, 50)]
    public int Parents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database = new ShelfDatabase();
        _shelfIds = Enumerable.Range(1, Parents).Select(i => i * 7 % ShelfDatabase.ShelfCount + 1).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _database?.Dispose();

    [Benchmark(Baseline = true, Description = "children: one query per parent (N+1)")]
    public async Task<int> ChildrenOnePerParent()
    {
        var tasks = _shelfIds.Select(async id =>
        {
            await using var db = await _database!.Contexts.CreateDbContextAsync();
            return await db.Items.AsNoTracking().Where(i => i.ShelfId == id).ToListAsync();
        });
        return (await Task.WhenAll(tasks)).Sum(items => items.Count);
    }

    [Benchmark(Description = "children: grouped DataLoader, one IN statement")]
    public async Task<int> ChildrenThroughGroupedLoader()
    {
        var scheduler = new WaveScheduler();
        var loader = new ItemsByShelfLoader(scheduler, _database!.Contexts);
        var loads = _shelfIds.Select(id => loader.LoadAsync(id)).ToArray();
        await scheduler.RunWaveAsync();
        return (await Task.WhenAll(loads)).Sum(items => items.Length);
    }

    [Benchmark(Description = "first page: one Take query per parent")]
    public async Task<int> FirstPageOnePerParent()
    {
        var tasks = _shelfIds.Select(async id =>
        {
            await using var db = await _database!.Contexts.CreateDbContextAsync();
            return await db.Items.AsNoTracking().Where(i => i.ShelfId == id).OrderBy(i => i.Rank).ThenBy(i => i.Id).Take(PageSize + 1).ToListAsync();
        });
        return (await Task.WhenAll(tasks)).Sum(items => Math.Min(items.Count, PageSize));
    }

    [Benchmark(Description = "first page: ROW_NUMBER window, one statement")]
    public async Task<int> FirstPageThroughWindowFunction()
    {
        await using var db = await _database!.Contexts.CreateDbContextAsync();
        var pages = await db.Items.AsNoTracking().ToPagesByParentAsync(_shelfIds, i => i.ShelfId, q => q.OrderBy(i => i.Rank).ThenBy(i => i.Id), PageSize);
        return pages.Values.Sum(p => p.Items.Count);
    }

    private sealed class ItemsByShelfLoader(IBatchScheduler scheduler, IDbContextFactory<ShelfContext> contexts)
        : GroupedDataLoader<int, Item>(scheduler)
    {
        protected override async Task<ILookup<int, Item>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var items = await db.Items.AsNoTracking().Where(i => keys.Contains(i.ShelfId)).ToListAsync(cancellationToken).ConfigureAwait(false);
                return items.ToLookup(i => i.ShelfId);
            }
        }
    }
}
