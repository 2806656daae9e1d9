namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>Deep documents run (or are refused) without endangering the stack.</summary>
public sealed class DepthTests
{
    [Fact]
    public async Task A_query_as_deep_as_the_parser_allows_executes()
    {
        // 60 nested selections, near the parser's limit of 64.
        var query = "{ root { " + string.Concat(Enumerable.Repeat("child { ", 59)) + "name" + new string('}', 60) + " }";

        var result = await ExecutionHarness.ExecuteAsync(query);

        Assert.Empty(result.Errors);
        Assert.Contains("\"name\":\"node59\"", ((KnowledgeApi.GraphQL.Execution.ExecutionResult)result).ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_deeper_than_the_parser_allows_is_a_syntax_error_not_a_crash()
    {
        var query = "{ root { " + string.Concat(Enumerable.Repeat("child { ", 5000)) + "name" + new string('}', 5001) + " }";

        var result = await ExecutionHarness.ExecuteAsync(query);

        Assert.False(result.HasData);
        Assert.Equal("HC0011", Assert.Single(result.Errors).Code);
    }
}
