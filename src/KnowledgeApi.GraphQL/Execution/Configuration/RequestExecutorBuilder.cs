using KnowledgeApi.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Execution.Configuration;

/// <summary>The <see cref="IRequestExecutorBuilder"/> <c>AddGraphQL()</c> returns; every step lands in the shared setup.</summary>
internal sealed class RequestExecutorBuilder(IServiceCollection services, RequestExecutorSetup setup) : IRequestExecutorBuilder
{
    public IServiceCollection Services { get; } = services;

    public RequestExecutorSetup Setup { get; } = setup;

    public IRequestExecutorBuilder ConfigureSchema(Action<IServiceProvider, SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Setup.SchemaSteps.Add(configure);
        return this;
    }
}
