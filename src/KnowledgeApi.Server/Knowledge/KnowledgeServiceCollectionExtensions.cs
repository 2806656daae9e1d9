using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Pipeline;
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

        // Contexts come from a factory: ingestion (and later concurrent resolvers) each take their own.
        services.AddDbContextFactory<KnowledgeDbContext>(options => KnowledgeDatabase.Configure(options, settings.ConnectionString));

        // TEMPORARY until the extraction work is merged: see NoExtraction.
        services.TryAddSingleton<IArticleExtractor, NoExtraction>();
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<KnowledgeBaseStartup>();
        return services;
    }
}
