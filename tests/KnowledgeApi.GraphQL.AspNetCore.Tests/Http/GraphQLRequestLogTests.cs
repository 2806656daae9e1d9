using System.Net;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

/// <summary>The endpoint writes one structured entry per request: operation, status, duration, error count.</summary>
public sealed class GraphQLRequestLogTests
{
    private const string Category = "KnowledgeApi.GraphQL.Http";

    [Fact]
    public async Task An_executed_request_is_logged_with_its_operation_status_duration_and_errors()
    {
        using var logs = new CapturingLoggerProvider();
        await using var server = await GraphQLTestServer.StartAsync(TestSchema.AddTo, logs: logs);

        using var response = await server.PostQueryAsync("query Partial { hello failing }", operationName: "Partial");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(logs.Entries, e => e.Category == Category);
        Assert.Equal("POST", entry.Values["Method"]);
        Assert.Equal("Partial", entry.Values["OperationName"]);
        Assert.Equal(200, entry.Values["StatusCode"]);
        Assert.Equal(1, entry.Values["ErrorCount"]);
        Assert.True((double)entry.Values["ElapsedMilliseconds"]! >= 0);
    }

    [Fact]
    public async Task A_refused_request_is_logged_with_its_code()
    {
        using var logs = new CapturingLoggerProvider();
        await using var server = await GraphQLTestServer.StartAsync(TestSchema.AddTo, logs: logs);

        using var response = await server.PostAsync("{ \"not a JSON");

        var entry = Assert.Single(logs.Entries, e => e.Category == Category);
        Assert.Equal(400, entry.Values["StatusCode"]);
        Assert.Equal("HC0012", entry.Values["ErrorCode"]);
    }
}
