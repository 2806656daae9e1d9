using KnowledgeApi.GraphQL.AspNetCore.Http;
using KnowledgeApi.GraphQL.Execution;

// In DI's namespace, like AddGraphQLServer itself, so Program.cs needs no using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Server (HTTP) settings on the executor builder, as Hot Chocolate's <c>ModifyServerOptions</c>.</summary>
public static class GraphQLServerBuilderExtensions
{
    /// <summary>Adjusts the options every <c>MapGraphQL</c> endpoint starts from.</summary>
    public static IRequestExecutorBuilder ModifyServerOptions(this IRequestExecutorBuilder builder, Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }
}
