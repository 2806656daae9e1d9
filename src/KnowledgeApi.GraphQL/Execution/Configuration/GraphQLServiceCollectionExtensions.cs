using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Configuration;

// In the DI namespace, as ASP.NET Core's own AddXxx() methods are, so Program.cs needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>services.AddGraphQL()</c>: registers the executor, built once and lazily from the configured schema.</summary>
public static class GraphQLServiceCollectionExtensions
{
    public static IRequestExecutorBuilder AddGraphQL(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var setup = services.FirstOrDefault(d => d.ServiceType == typeof(RequestExecutorSetup))?.ImplementationInstance as RequestExecutorSetup;
        if (setup is null)
        {
            setup = new RequestExecutorSetup();
            services.AddSingleton(setup);

            // Built on first use, with the application's root provider, so resolvers and schema steps see every registration.
            services.AddSingleton<IRequestExecutor>(sp => sp.GetRequiredService<RequestExecutorSetup>().CreateExecutor(sp));
        }

        return new RequestExecutorBuilder(services, setup);
    }
}
