using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Analysis;

namespace KnowledgeApi.GraphQL.Tests.Analysis;

/// <summary>The limits at their edges: an operation exactly at a limit runs, one unit over is refused with HC0047.</summary>
public sealed class CostLimitTests
{
    // field cost 13, type cost 6 (see CostAnalysisTests for the sums).
    private const string BookWithAuthors = "{ book(id: 1) { title authors { name } } }";

    [Fact]
    public async Task A_field_cost_equal_to_the_limit_runs()
    {
        using var services = CostSchema.Create(o => o.MaxFieldCost = 13);

        var result = await CostSchema.ExecuteAsync(services, BookWithAuthors);

        Assert.Empty(result.Errors);
        Assert.True(result.HasData);
    }

    [Fact]
    public async Task A_field_cost_over_the_limit_is_refused_without_data()
    {
        using var services = CostSchema.Create(o => o.MaxFieldCost = 12);

        var result = await CostSchema.ExecuteAsync(services, BookWithAuthors);

        Assert.Equal(RequestErrorKind.LimitExceeded, result.RequestError);
        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed field cost was exceeded.","extensions":{"code":"HC0047","fieldCost":13,"maxFieldCost":12}}]}""",
            result.ToJson());
    }

    [Fact]
    public async Task A_type_cost_equal_to_the_limit_runs()
    {
        using var services = CostSchema.Create(o => o.MaxTypeCost = 6);

        var result = await CostSchema.ExecuteAsync(services, BookWithAuthors);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task A_type_cost_over_the_limit_is_refused_and_reported_when_asked()
    {
        using var services = CostSchema.Create(o => o.MaxTypeCost = 5);

        var result = await CostSchema.ExecuteAsync(services, BookWithAuthors, costMode: CostRequestContextKeys.ReportCost);

        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed type cost was exceeded.","extensions":{"code":"HC0047","maxTypeCost":5,"typeCost":6}}],"extensions":{"operationCost":{"fieldCost":13,"typeCost":6}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task With_enforcement_off_an_expensive_operation_runs()
    {
        using var services = CostSchema.Create(o => (o.MaxFieldCost, o.EnforceCostLimits) = (1, false));

        var result = await CostSchema.ExecuteAsync(services, BookWithAuthors);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task A_field_that_requires_one_slicing_argument_refuses_none_and_two()
    {
        using var services = CostSchema.Create();

        var none = await CostSchema.ExecuteAsync(services, "{ strictBooks { title } }");
        var two = await CostSchema.ExecuteAsync(services, "{ strictBooks(first: 1, last: 1) { title } }");
        var one = await CostSchema.ExecuteAsync(services, "{ strictBooks(first: 1) { title } }");

        Assert.Equal(
            """{"errors":[{"message":"Exactly one slicing argument must be defined.","locations":[{"line":1,"column":3}],"path":["strictBooks"],"extensions":{"code":"HC0082"}}]}""",
            none.ToJson());
        Assert.Equal("HC0082", Assert.Single(two.Errors).Code);
        Assert.Empty(one.Errors);
    }
}
