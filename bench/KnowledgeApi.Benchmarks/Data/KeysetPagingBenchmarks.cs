using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using KnowledgeApi.GraphQL.Data.Paging;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Benchmarks.Data;

/// <summary>
/// Page 1 against page 1,000 (page size 10) of 100,000 rows on SQLite: with a keyset cursor the
/// deep page is a seek on the order's index; with Skip the database reads and drops 9,990 rows.
/// Two orders: a non-null column ascending, and a nullable column ascending then a column descending (mixed directions).
/// Run: dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- --filter '*KeysetPagingBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class KeysetPagingBenchmarks : IDisposable
{
    private const int PageSize = 10;
    private const int DeepPage = 1_000;
    private PagingBenchDatabase database = null!;
    private string createdAtCursor = null!;
    private string scoreCursor = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        database = new PagingBenchDatabase();

        // Walk to the cursor ending page 999 once, so each benchmark fetches exactly page 1,000.
        createdAtCursor = await CursorBeforeDeepPageAsync(db => db.Rows.OrderBy(r => r.CreatedAt));
        scoreCursor = await CursorBeforeDeepPageAsync(db => db.Rows.OrderBy(r => r.Score).ThenByDescending(r => r.CreatedAt));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        database?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> CreatedAt_Page1_Keyset()
    {
        await using var db = database.CreateContext();
        var page = await db.Rows.AsNoTracking().OrderBy(r => r.CreatedAt).ToConnectionAsync(new CursorPagingArguments(PageSize, null, null, null));
        return page.Edges.Count;
    }

    [Benchmark]
    public async Task<int> CreatedAt_Page1000_Keyset()
    {
        await using var db = database.CreateContext();
        var page = await db.Rows.AsNoTracking().OrderBy(r => r.CreatedAt).ToConnectionAsync(new CursorPagingArguments(PageSize, createdAtCursor, null, null));
        return page.Edges.Count;
    }

    [Benchmark]
    public async Task<int> CreatedAt_Page1000_Skip()
    {
        await using var db = database.CreateContext();
        var rows = await db.Rows.AsNoTracking().OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Skip((DeepPage - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        return rows.Count;
    }

    [Benchmark]
    public async Task<int> ScoreAscCreatedDesc_Page1_Keyset()
    {
        await using var db = database.CreateContext();
        var page = await db.Rows.AsNoTracking().OrderBy(r => r.Score).ThenByDescending(r => r.CreatedAt).ToConnectionAsync(new CursorPagingArguments(PageSize, null, null, null));
        return page.Edges.Count;
    }

    [Benchmark]
    public async Task<int> ScoreAscCreatedDesc_Page1000_Keyset()
    {
        await using var db = database.CreateContext();
        var page = await db.Rows.AsNoTracking().OrderBy(r => r.Score).ThenByDescending(r => r.CreatedAt).ToConnectionAsync(new CursorPagingArguments(PageSize, scoreCursor, null, null));
        return page.Edges.Count;
    }

    [Benchmark]
    public async Task<int> ScoreAscCreatedDesc_Page1000_Skip()
    {
        await using var db = database.CreateContext();
        var rows = await db.Rows.AsNoTracking().OrderBy(r => r.Score).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip((DeepPage - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        return rows.Count;
    }

    private async Task<string> CursorBeforeDeepPageAsync(Func<PagingBenchContext, IQueryable<PagedRow>> query)
    {
        await using var db = database.CreateContext();
        var page = await query(db).ToConnectionAsync(new CursorPagingArguments(PageSize * (DeepPage - 1), null, null, null));
        return page.PageInfo.EndCursor!;
    }
}

/// <summary>
/// In process, with few iterations: the generated-project toolchain's build times out on the shared
/// machine, and the differences measured here are milliseconds, not nanoseconds.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig() =>
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(12));
}
