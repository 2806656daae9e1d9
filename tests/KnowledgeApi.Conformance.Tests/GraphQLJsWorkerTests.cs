using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Conformance.Tests;

public sealed class GraphQLJsWorkerTests
{
    [Fact]
    public async Task The_worker_runs_graphql_js_16()
    {
        var result = await GraphQLJs.Shared.CallAsync("ping");
        Assert.StartsWith("16.", result.GetProperty("graphqlVersion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_operation_is_reported_as_an_exception()
    {
        var error = await Assert.ThrowsAsync<GraphQLJsException>(() => GraphQLJs.Shared.CallAsync("noSuchOperation"));
        Assert.Contains("noSuchOperation", error.Message, StringComparison.Ordinal);
    }
}
