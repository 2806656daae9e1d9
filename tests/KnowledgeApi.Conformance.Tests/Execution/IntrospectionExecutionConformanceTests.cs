using System.Text.Json;
using KnowledgeApi.Conformance.Tests.Types;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Conformance.Tests.Execution;

/// <summary>
/// graphql-js's full introspection query (every option on) executed by our executor: graphql-js's
/// <c>buildClientSchema</c> accepts the answer and prints the same schema as <c>printSchema(buildSchema(ourSdl))</c>.
/// </summary>
public sealed class IntrospectionExecutionConformanceTests
{
    public static TheoryData<string> Schemas => ["star wars", "kitchen sink"];

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Graphql_js_rebuilds_our_schema_from_the_executed_introspection_query(string name)
    {
        var schema = name == "star wars"
            ? StarWarsData.CreateSchema()
            : KitchenSinkSchema.Create(o => o.Description = "The kitchen sink, introspected by the executor.");
        var query = (await GraphQLJs.Shared.CallAsync("fullIntrospectionQuery")).GetString()!;

        var result = (ExecutionResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query });

        Assert.Empty(result.Errors);
        using var json = JsonDocument.Parse(result.ToJson());
        var introspection = json.RootElement.GetProperty("data");
        var rebuilt = (await GraphQLJs.Shared.CallAsync("introspectionToSdl", new { introspection })).GetString();
        var expected = (await GraphQLJs.Shared.CallAsync("printSchemaRoundTrip", new { sdl = SchemaPrinter.Print(schema) })).GetString();
        Assert.Equal(expected, rebuilt);
    }
}
