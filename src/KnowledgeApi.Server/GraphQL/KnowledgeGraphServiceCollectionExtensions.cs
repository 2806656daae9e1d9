using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.Server.Hosting;

namespace KnowledgeApi.Server.GraphQL;

/// <summary>Registers the knowledge graph API: the executor over the knowledge schema, and what its resolvers need per request.</summary>
internal static class KnowledgeGraphServiceCollectionExtensions
{
    public static IRequestExecutorBuilder AddKnowledgeGraph(this IServiceCollection services)
    {
        // One reader per request scope: it opens a context per resolver and disposes them all when the request ends.
        services.AddScoped<KnowledgeReader>();
        return services.AddGraphQLServer()
            .AddKnowledgeFilterConfiguration()
            .AddGlobalObjectIdentification()

            // Writes as Hot Chocolate shapes them: XInput in, XPayload out with typed errors and the query field.
            .AddMutationConventions()
            .AddQueryFieldToMutationPayloads()

            // [Authorize] on every mutation, decided by ASP.NET Core's policies (Access/: API keys, the Write policy).
            .AddAuthorization()
            .AddCostAnalysis()
            .ConfigureSchema((services, schema) => schema.AddKnowledgeTypes(
                services.GetService<GraphQLLimitSettings>()?.MaxAllowedNodeBatchSize ?? GraphQLLimitSettings.DefaultMaxAllowedNodeBatchSize));
    }
}
