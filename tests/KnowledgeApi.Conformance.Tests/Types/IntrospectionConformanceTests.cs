using System.Text.Json;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Conformance.Tests.Types;

/// <summary>
/// Our introspection types answer graphql-js's own introspection query so completely that
/// graphql-js rebuilds the same schema from the answer: <c>printSchema(buildClientSchema(answer))</c>
/// equals our SDL. (Answered by a small walker here; through the real executor later.)
/// </summary>
public sealed class IntrospectionConformanceTests
{
    [Fact]
    public async Task Graphql_js_rebuilds_the_kitchen_sink_schema_from_our_introspection_answer()
    {
        var schema = KitchenSinkSchema.Create(o => o.Description = "The kitchen sink, introspected.");
        var query = (await GraphQLJs.Shared.CallAsync("fullIntrospectionQuery")).GetString()!;

        var answer = await IntrospectionWalker.RunAsync(schema, query);
        var introspection = JsonSerializer.SerializeToElement(answer);
        var rebuilt = (await GraphQLJs.Shared.CallAsync("introspectionToSdl", new { introspection })).GetString();

        Assert.Equal(SchemaPrinter.Print(schema), rebuilt);
    }
}
