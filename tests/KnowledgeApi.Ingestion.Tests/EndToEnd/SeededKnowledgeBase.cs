using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Ingestion.Reading;
using KnowledgeApi.Ingestion.Tests.Reading;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Server.Knowledge;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Ingestion.Tests.EndToEnd;

/// <summary>
/// The two seed articles ingested once into a real SQLite file through the server's own
/// composition (<see cref="KnowledgeServiceCollectionExtensions.AddKnowledgeBase"/>): the real
/// reader, the real extractor with the gazetteer it finds by itself, the real writer.
/// </summary>
public sealed class SeededKnowledgeBase : IAsyncLifetime
{
    public static readonly string[] SeedNames = ["000_bd5966101cee13de.txt", "004_4e837f471b77d24d.txt"];

    private TemporaryDatabase? database;

    public TemporaryDatabase Database => database ?? throw new InvalidOperationException("Not initialized.");

    public ServiceProvider Services { get; private set; } = null!;

    public IngestSummary FirstRun { get; private set; } = null!;

    public static IReadOnlyList<string> SeedPaths => SeedNames.Select(ArticleSamples.SeedPath).ToList();

    public async Task InitializeAsync()
    {
        database = TemporaryDatabase.CreateEmpty();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Knowledge"] = database.ConnectionString })
            .Build();
        Services = new ServiceCollection().AddLogging().AddKnowledgeBase(configuration).BuildServiceProvider();
        await using (var context = await Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>().CreateDbContextAsync())
        {
            await Knowledge.Database.KnowledgeDatabase.MigrateAsync(context);
        }

        FirstRun = await Pipeline.IngestAsync(SeedPaths);
    }

    public IngestionPipeline Pipeline => Services.GetRequiredService<IngestionPipeline>();

    public KnowledgeDbContext CreateContext() => Database.CreateContext();

    /// <summary>What the composed extractor finds in a seed, read the way ingestion reads it.</summary>
    public async Task<(ArticleDocument Document, ExtractedArticle Extracted)> ExtractAsync(string seedName)
    {
        var document = await ArticleSamples.ReadSeedAsync(seedName);
        return (document, Services.GetRequiredService<IArticleExtractor>().Extract(document.ToArticleText()));
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        database?.Dispose();
    }
}
