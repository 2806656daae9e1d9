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
/// clean, extract, resolve and persist (with the search index's triggers), one transaction each.
/// <see cref="Extraction"/> picks the extractor: none (storage of articles alone), a name-list
/// stand-in (storage of a realistic number of rows, cheap to find), or the real
/// <see cref="ArticleExtractor"/> with <c>seeds/gazetteer.json</c>. Articles per second = 1,000 /
/// Mean; memory per article = Allocated / 1,000. The database size per article is printed after
/// each iteration ("DB size per article").
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

    public enum ExtractorKind
    {
        None,
        NameList,
        Real,
    }

    [Params(ExtractorKind.None, ExtractorKind.NameList, ExtractorKind.Real)]
    public ExtractorKind Extraction { get; set; }

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
        IArticleExtractor extractor = Extraction switch
        {
            ExtractorKind.NameList => new NameListExtractor(),
            ExtractorKind.Real => new ArticleExtractor(Gazetteer.Load(Path.Combine(GeneratedArticles.RepositoryRoot(), "seeds", "gazetteer.json"))),
            _ => new NoExtractor(),
        };
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
        Console.WriteLine($"// DB size per article (Extraction={Extraction}): {bytes / (double)Articles / 1024:F1} KiB ({bytes / 1024 / 1024.0:F1} MiB for {Articles})");
    }

    [GlobalCleanup]
    public void DeleteFiles() => Directory.Delete(_root, recursive: true);

    private sealed class NoExtractor : IArticleExtractor
    {
        public ExtractedArticle Extract(ArticleText article) => ExtractedArticle.Empty;
    }
}
