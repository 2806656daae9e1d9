using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace KnowledgeApi.Ingestion.Tests.Support;

/// <summary>Builds pipelines on a temporary database, optionally with extra EF configuration (interceptors).</summary>
internal static class IngestionFixture
{
    public static IDbContextFactory<KnowledgeDbContext> Contexts(TemporaryDatabase database, Action<DbContextOptionsBuilder<KnowledgeDbContext>>? configure = null) =>
        new PooledDbContextFactory<KnowledgeDbContext>(database.Options(configure));

    public static IngestionPipeline Pipeline(TemporaryDatabase database, IArticleExtractor? extractor = null, Action<DbContextOptionsBuilder<KnowledgeDbContext>>? configure = null) =>
        new(Contexts(database, configure), extractor ?? GazetteerTestExtractor.ForSeeds());

    /// <summary>
    /// A scratch folder for article files written by a test, under one folder per test run that
    /// the next run deletes (files of a run that is still going are never touched).
    /// </summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(RunFolder.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static readonly Lazy<string> RunFolder = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "kapi-ingestion-tests");
        if (Directory.Exists(root))
        {
            foreach (var old in Directory.EnumerateDirectories(root).Where(d => Directory.GetLastWriteTimeUtc(d) < DateTime.UtcNow.AddHours(-1)))
            {
                Directory.Delete(old, recursive: true);
            }
        }

        return Path.Combine(root, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });
}
