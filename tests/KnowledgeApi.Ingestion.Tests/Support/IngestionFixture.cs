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

    /// <summary>A scratch folder for article files written by a test.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kapi-tests", Guid.NewGuid().ToString("N"), "articles");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
