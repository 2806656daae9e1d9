using Microsoft.Extensions.DependencyInjection;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>Runs GraphQL requests against one schema: the pipeline of cache, parse, validate, plan, coerce, execute.</summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    /// <summary>Runs one request. Never throws for anything a client sent: problems become errors in the result.</summary>
    Task<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}

/// <summary>
/// Configures the GraphQL executor in a host's service collection, the way Hot Chocolate's
/// <c>AddGraphQLServer()</c> does; feature packages (filtering, paging...) add extension methods.
/// </summary>
public interface IRequestExecutorBuilder
{
    IServiceCollection Services { get; }

    /// <summary>Adds a step that configures the schema builder once the application's services exist.</summary>
    IRequestExecutorBuilder ConfigureSchema(Action<IServiceProvider, SchemaBuilder> configure);
}
