using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace KnowledgeApi.Benchmarks.Ingestion;

/// <summary>
/// Ingests 1,000 generated seed-length articles into a fresh SQLite file per iteration: read,
/// clean, extract (a name-list stand-in, or none), resolve and persist, one transaction each.
/// Articles per second = 1,000 / Mean. The database size per article is printed after each
/// iteration ("DB size per article").
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class IngestionThroughputBenchmarks
{
    private const int Articles = 1000;

    private string _root = string.Empty;
    private IReadOnlyList<string> _files = [];
    private string _connectionString = string.Empty;
    private string _databasePath = string.Empty;
    private IngestionPipeline? _pipeline;

    [Params(false, true)]
    public bool WithMentions { get; set; }

    [GlobalSetup]
    public void WriteArticles()
    {
        _root = Path.Combine(Path.GetTempPath(), "kapi-bench", Guid.NewGuid().ToString("N"));
        _files = GeneratedArticles.Write(Path.Combine(_root, "articles"), Articles);
    }

    [IterationSetup]
    public void CreateDatabase()
    {
        _databasePath = Path.Combine(_root, $"{Guid.NewGuid():N}.db");
        _connectionString = $"Data Source={_databasePath}";
        var options = KnowledgeDatabase.CreateOptions(_connectionString);
        KnowledgeDatabase.MigrateAsync(options).GetAwaiter().GetResult();
        IArticleExtractor extractor = WithMentions ? new NameListExtractor() : new NoExtractor();
        _pipeline = new IngestionPipeline(new PooledDbContextFactory<KnowledgeDbContext>(options), extractor);
    }

    [Benchmark(Description = "Ingest 1,000 seed-length articles")]
    public async Task<int> Ingest()
    {
        var summary = await _pipeline!.IngestAsync(_files);
        if (summary.Added != Articles)
        {
            throw new InvalidOperationException($"Expected {Articles} added, got {summary.Added} (skipped {summary.Skipped}).");
        }

        return summary.Added;
    }

    [IterationCleanup]
    public void ReportSize()
    {
        _pipeline?.Dispose();
        using (var connection = new SqliteConnection(_connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var bytes = new FileInfo(_databasePath).Length;
        Console.WriteLine($"// DB size per article (WithMentions={WithMentions}): {bytes / (double)Articles / 1024:F1} KiB ({bytes / 1024 / 1024.0:F1} MiB for {Articles})");
    }

    [GlobalCleanup]
    public void DeleteFiles() => Directory.Delete(_root, recursive: true);

    private sealed class NoExtractor : IArticleExtractor
    {
        public ExtractedArticle Extract(ArticleText article) => ExtractedArticle.Empty;
    }
}
