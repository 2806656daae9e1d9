using KnowledgeApi.GraphQL.AspNetCore.Tests.Http;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Persisted;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Limits;

/// <summary>Apollo Client's own persisted-queries link against our APQ: hash miss, resend with the query, then a hash-only hit.</summary>
public sealed class ApolloPersistedQueryTests
{
    // Beside this file in the repository; NodeScript resolves scripts from tests/js/http.
    private const string Script = "../../KnowledgeApi.GraphQL.AspNetCore.Tests/Limits/apollo-apq.mjs";

    [Fact]
    public async Task Apollo_registers_a_query_after_a_miss_and_then_sends_only_its_hash()
    {
        await using var server = await GraphQLTestServer.StartAsync(services =>
        {
            TestSchema.AddTo(services);
            services.AddGraphQL().AddInMemoryOperationDocumentStorage().UseAutomaticPersistedOperationPipeline();
        });

        var output = await NodeScript.RunAsync(Script, server.GraphQLUrl.ToString(), "query Greeting { hello(name: \"Apollo\") }");

        Assert.Equal("Hello, Apollo!", output.GetProperty("first").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, Apollo!", output.GetProperty("second").GetProperty("data").GetProperty("hello").GetString());
        var exchanges = output.GetProperty("exchanges").EnumerateArray()
            .Select(e => $"{e.GetProperty("method").GetString()} query:{e.GetProperty("sentQuery").GetBoolean()} {e.GetProperty("status").GetInt32()}")
            .ToList();
        Assert.Equal(["GET query:False 400", "POST query:True 200", "GET query:False 200"], exchanges);
        var stored = (InMemoryOperationDocumentStorage)server.Services.GetRequiredService<IOperationDocumentStorage>();
        Assert.Equal(1, stored.Count);
    }
}
