using System.Text.Json;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>Runs documents against the library schema through the real executor and returns the response JSON.</summary>
internal static class ExecutionHarness
{
    private static readonly Lazy<Schema> LibrarySchema = new(() => SchemaBuilder.New()
        .AddQueryType<LibraryQuery>()
        .AddMutationType<LibraryMutation>()
        .AddType<Book>()
        .AddType<Magazine>()
        .AddType<Author>()
        .AddType<BookLookupType>()
        .AddServices(new LogServices())
        .Create());

    public static Schema Schema => LibrarySchema.Value;

    public static RequestExecutor CreateExecutor(RequestExecutorOptions? options = null) => new(Schema, options);

    public static async Task<string> RunAsync(string query, string? variablesJson = null, string? operationName = null, RequestExecutorOptions? options = null)
    {
        var result = await ExecuteAsync(query, variablesJson, operationName, options);
        return ((ExecutionResult)result).ToJson();
    }

    public static Task<IExecutionResult> ExecuteAsync(string query, string? variablesJson = null, string? operationName = null, RequestExecutorOptions? options = null, IServiceProvider? services = null) =>
        CreateExecutor(options).ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = Variables(variablesJson),
            Services = services,
        });

    /// <summary>Variables as the transport hands them over: JSON elements by name.</summary>
    public static IReadOnlyDictionary<string, object?>? Variables(string? json) =>
        json is null
            ? null
            : JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

    /// <summary>Lets the schema builder know <see cref="MutationLog"/> is a service, so it is injected rather than an argument.</summary>
    private sealed class LogServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(MutationLog) ? new MutationLog() : null;
    }
}

/// <summary>A service provider for one test: the services given, and nothing else.</summary>
internal sealed class TestServices(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
}
