using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Tests.Analysis;

/// <summary><c>AddMaxExecutionDepthRule</c>: Hot Chocolate's message and extensions, introspection optionally exempt.</summary>
public sealed class ExecutionDepthTests
{
    // book → authors → name: three fields deep.
    private const string ThreeDeep = "{ book(id: 1) { authors { name } } }";

    [Fact]
    public async Task An_operation_as_deep_as_the_limit_runs()
    {
        using var services = CostSchema.Create(maxDepth: 3);

        var result = await CostSchema.ExecuteAsync(services, ThreeDeep);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task An_operation_deeper_than_the_limit_is_refused_at_the_operation()
    {
        using var services = CostSchema.Create(maxDepth: 2);

        var result = await CostSchema.ExecuteAsync(services, ThreeDeep);

        Assert.Equal(RequestErrorKind.Validation, result.RequestError);
        Assert.Equal(
            """{"errors":[{"message":"The GraphQL document has an execution depth of 3 which exceeds the max allowed execution depth of 2.","locations":[{"line":1,"column":1}],"extensions":{"allowedExecutionDepth":2,"detectedExecutionDepth":3}}]}""",
            result.ToJson());
    }

    [Fact]
    public async Task Fragments_count_at_the_depth_they_are_spread()
    {
        using var services = CostSchema.Create(maxDepth: 2);

        var result = await CostSchema.ExecuteAsync(services, "{ ...Q } fragment Q on Query { book(id: 1) { ...B } } fragment B on Book { authors { name } }");

        Assert.Equal(3, Assert.Single(result.Errors).Extensions.Single(e => e.Key == "detectedExecutionDepth").Value);
    }

    [Fact]
    public async Task Introspection_is_exempt_when_asked_and_counted_otherwise()
    {
        var introspection = (await TestSupport.GraphQLJs.Shared.CallAsync("fullIntrospectionQuery")).GetString()!;
        using var exempt = CostSchema.Create(maxDepth: 3, skipIntrospection: true);
        using var counted = CostSchema.Create(maxDepth: 3);

        var passed = await CostSchema.ExecuteAsync(exempt, introspection);
        var refused = await CostSchema.ExecuteAsync(counted, introspection);

        Assert.Empty(passed.Errors);
        Assert.Contains("exceeds the max allowed execution depth of 3", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
    }
}
