namespace KnowledgeApi.Server.GraphQL;

/// <summary>Registers the knowledge graph API: the schema and what its resolvers need per request.</summary>
internal static class KnowledgeGraphServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeGraph(this IServiceCollection services)
    {
        // One reader per request scope: it opens a context per resolver and disposes them all when the request ends.
        services.AddScoped<KnowledgeReader>();
        services.AddSingleton(provider => KnowledgeSchema.Create(provider));
        return services;
    }
}
