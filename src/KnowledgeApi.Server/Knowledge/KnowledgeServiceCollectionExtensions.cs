using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Ingestion.Writing;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Database;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeApi.Server.Knowledge;

/// <summary>Registers the knowledge base and ingestion: the one place that chooses their parts.</summary>
internal static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = KnowledgeSettings.From(configuration);
        services.AddSingleton(settings);

        // The web host has a content root to look from; the CLI verbs have none and use the current directory.
        services.AddSingleton(sp => new KnowledgeFiles(settings, sp.GetService<IHostEnvironment>()?.ContentRootPath));

        // Contexts come from a factory: ingestion (and later concurrent resolvers) each take their own.
        services.AddDbContextFactory<KnowledgeDbContext>(options => KnowledgeDatabase.Configure(options, settings.ConnectionString));

        // The gazetteer is read once, when ingestion first needs the extractor; a test may register another.
        services.TryAddSingleton<IArticleExtractor>(sp => new ArticleExtractor(
            sp.GetRequiredService<KnowledgeFiles>().LoadGazetteer(sp.GetRequiredService<ILoggerFactory>().CreateLogger<ArticleExtractor>())));
        // One write lock per process: seeding, the ingest verb and API writes queue behind each other.
        services.AddSingleton<KnowledgeWriteLock>();
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<KnowledgeWriter>();
        services.AddSingleton<KnowledgeBaseStartup>();
        return services;
    }
}
