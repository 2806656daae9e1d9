using KnowledgeApi.GraphQL.AspNetCore.Http;
using KnowledgeApi.GraphQL.Execution;

// In DI's namespace, like ASP.NET Core's own AddXxx methods, so Program.cs needs no using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>services.AddGraphQLServer()</c>, as in Hot Chocolate: the executor plus the HTTP server's options.</summary>
public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL executor (<c>AddGraphQL()</c>) and <see cref="GraphQLServerOptions"/>;
    /// chain <c>AddQueryType&lt;T&gt;()</c>, <c>ModifyServerOptions(...)</c>... on the returned builder,
    /// then map the endpoint with <c>app.MapGraphQL()</c>.
    /// </summary>
    public static IRequestExecutorBuilder AddGraphQLServer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLServerOptions>();
        KnowledgeApi.GraphQL.AspNetCore.Authorization.GraphQLAuthorizationServices.Add(services);
        return services.AddGraphQL();
    }
}
