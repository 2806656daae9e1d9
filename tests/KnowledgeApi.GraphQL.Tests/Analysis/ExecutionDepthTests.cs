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

    [Fact(Timeout = 20_000)]
    public async Task A_fragment_spread_two_to_the_fortieth_times_is_measured_once_per_fragment()
    {
        using var services = CostSchema.Create(maxDepth: 3);
        var fragments = string.Concat(Enumerable.Range(1, 40).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "));

        var result = await CostSchema.ExecuteAsync(
            services,
            "{ ...F40 } fragment F0 on Query { book(id: 1) { authors { name } } } " + fragments,
            costMode: KnowledgeApi.GraphQL.Execution.Analysis.CostRequestContextKeys.ValidateCost);

        // Merged by response name, the 2^40 spreads are one book field: the costs of BookWithAuthors (13 and 6).
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":13,"typeCost":6}}}""", result.ToJson());
    }

    [Fact(Timeout = 20_000)]
    public async Task Nested_fragment_fan_out_is_costed_once_per_field_node()
    {
        using var services = CostSchema.Create();
        var fragments = string.Concat(Enumerable.Range(1, 30).Select(i => $"fragment G{i} on Book {{ a: authors {{ name }} ...G{i - 1} }} "));

        var result = await CostSchema.ExecuteAsync(
            services,
            "{ book(id: 1) { ...G30 } } fragment G0 on Book { title } " + fragments,
            costMode: KnowledgeApi.GraphQL.Execution.Analysis.CostRequestContextKeys.ValidateCost);

        // Thirty spreads of "a: authors" merge into one: book 10 + authors 3 = 13; Query 1 + Book 1 + Author 4 = 6.
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":13,"typeCost":6}}}""", result.ToJson());
    }
}
