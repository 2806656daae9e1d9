using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Configuration;

/// <summary>
/// What <c>AddGraphQL()</c> and its extensions collected: the schema steps in the order they were
/// added, and the request option changes. One instance per service collection, so several
/// <c>AddGraphQL()</c> calls (the server's and a feature package's) configure one executor.
/// </summary>
public sealed class RequestExecutorSetup
{
    public List<Action<IServiceProvider, SchemaBuilder>> SchemaSteps { get; } = [];

    public List<Action<RequestExecutorOptions>> OptionSteps { get; } = [];

    /// <summary>Builds the schema with the application's services and the executor over it.</summary>
    public RequestExecutor CreateExecutor(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = SchemaBuilder.New().AddServices(services);
        foreach (var step in SchemaSteps)
        {
            step(services, builder);
        }

        var options = new RequestExecutorOptions();
        foreach (var step in OptionSteps)
        {
            step(options);
        }

        return new RequestExecutor(builder.Create(), options, services);
    }
}
