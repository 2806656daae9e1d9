using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>Requests refused before execution: no <c>data</c> key, a kind the transport maps to a status code.</summary>
public sealed class RequestErrorTests
{
    [Fact]
    public async Task A_syntax_error_is_HC0011_with_its_location_and_no_data()
    {
        var result = await ExecutionHarness.ExecuteAsync("{ book(id: 1) { id }");

        Assert.Equal(RequestErrorKind.Syntax, result.RequestError);
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("HC0011", error.Code);
        Assert.Equal(new KnowledgeApi.GraphQL.Errors.ErrorLocation(1, 21), Assert.Single(error.Locations));
        Assert.StartsWith("""{"errors":[{"message":""", ((ExecutionResult)result).ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query A { echo } query B { echo }", null, "must name the one to run")]
    [InlineData("query A { echo }", "B", "The operation `B` does not exist")]
    public async Task The_operation_to_run_must_be_unambiguous(string query, string? operationName, string reason)
    {
        var result = await ExecutionHarness.ExecuteAsync(query, operationName: operationName);

        Assert.Equal(RequestErrorKind.InvalidRequest, result.RequestError);
        Assert.Contains(reason, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_named_operation_of_several_is_the_one_that_runs()
    {
        var json = await ExecutionHarness.RunAsync("""query A { a: echo(text: "a") } query B { b: echo(text: "b") }""", operationName: "B");

        Assert.Equal("""{"data":{"b":"b"}}""", json);
    }

    [Fact]
    public async Task A_mutation_is_refused_when_the_request_allows_queries_only()
    {
        var result = await ExecutionHarness.CreateExecutor().ExecuteAsync(new GraphQLRequest
        {
            Query = """mutation { append(value: "x") }""",
            AllowedOperations = AllowedOperations.Query,
        });

        Assert.Equal(RequestErrorKind.OperationNotAllowed, result.RequestError);
        Assert.Equal("The specified operation kind is not allowed.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_request_without_a_query_is_invalid()
    {
        var result = await ExecutionHarness.CreateExecutor().ExecuteAsync(new GraphQLRequest());

        Assert.Equal(RequestErrorKind.InvalidRequest, result.RequestError);
        Assert.Equal("HC0013", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_repeated_query_comes_from_the_document_cache()
    {
        var executor = ExecutionHarness.CreateExecutor(new RequestExecutorOptions { DocumentCacheSize = 2 });

        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a: echo }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a: echo }" });
        Assert.Equal(1, executor.CachedDocumentCount);

        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ b: echo }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ c: echo }" });
        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task Cancellation_reaches_a_waiting_resolver_and_ends_the_request()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var started = System.Diagnostics.Stopwatch.StartNew();

        var result = await ExecutionHarness.CreateExecutor().ExecuteAsync(new GraphQLRequest { Query = "{ wait(milliseconds: 20000) }" }, cancellation.Token);

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Contains(result.Errors, e => e.Code == "HC0049");
    }

    [Fact]
    public async Task The_execution_timeout_ends_a_slow_request_with_HC0045()
    {
        var result = await ExecutionHarness.ExecuteAsync("{ wait(milliseconds: 20000) }", options: new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        Assert.True(result.HasData);
        Assert.Contains(result.Errors, e => e.Code == "HC0045");
    }
}
