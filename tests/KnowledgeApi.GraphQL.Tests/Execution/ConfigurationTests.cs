using KnowledgeApi.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary><c>services.AddGraphQL()</c> builds the executor lazily, with the application's services, in a real container.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task AddGraphQL_builds_one_executor_from_the_configured_types_and_services()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new MutationLog());
        services.AddGraphQL()
            .AddQueryType<LibraryQuery>()
            .AddMutationType<LibraryMutation>()
            .AddType<BookLookupType>()
            .ModifyOptions(o => o.Description = "Configured through DI.")
            .ModifyRequestOptions(o => o.IncludeExceptionDetails = true);
        await using var provider = services.BuildServiceProvider();

        var executor = provider.GetRequiredService<IRequestExecutor>();
        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = """mutation { append(value: "x") }""" });
        var description = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ __schema { description } }" });

        Assert.Same(executor, provider.GetRequiredService<IRequestExecutor>());
        Assert.Equal("""{"data":{"append":"x"}}""", result.ToJson());
        Assert.Equal("""{"data":{"__schema":{"description":"Configured through DI."}}}""", description.ToJson());
        Assert.True(((RequestExecutor)executor).Options.IncludeExceptionDetails);
    }

    [Fact]
    public async Task Resolvers_take_services_from_the_request_scope_when_there_is_one()
    {
        var services = new ServiceCollection();
        services.AddScoped<MutationLog>();
        services.AddGraphQL().AddQueryType<LibraryQuery>().AddMutationType<LibraryMutation>();
        await using var provider = services.BuildServiceProvider();
        var executor = provider.GetRequiredService<IRequestExecutor>();

        await using var scope = provider.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<MutationLog>();
        await executor.ExecuteAsync(new GraphQLRequest { Query = """mutation { append(value: "scoped") }""", Services = scope.ServiceProvider });

        Assert.Equal(1, log.Count);
    }

    [Fact]
    public async Task Several_AddGraphQL_calls_configure_the_same_executor()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddQueryType<LibraryQuery>();
        services.AddGraphQL().ModifyRequestOptions(o => o.EnableIntrospection = false);
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IRequestExecutor>().ExecuteAsync(new GraphQLRequest { Query = "{ __schema { description } }" });

        Assert.Equal("HC0046", Assert.Single(result.Errors).Code);
    }
}
