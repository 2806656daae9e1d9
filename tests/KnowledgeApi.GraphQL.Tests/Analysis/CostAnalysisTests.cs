using KnowledgeApi.GraphQL.Execution.Analysis;

namespace KnowledgeApi.GraphQL.Tests.Analysis;

/// <summary>
/// Costs computed by the analysis stage through a real executor, against sums worked out by hand from
/// the IBM cost specification's weights as Hot Chocolate 14 applies them (see <see cref="CostSchema"/>).
/// </summary>
public sealed class CostAnalysisTests
{
    private const string BookWithAuthors = "{ book(id: 1) { title authors { name } } }";

    [Fact]
    public async Task An_async_field_with_a_weighted_list_below_it_costs_its_weights_summed()
    {
        using var services = CostSchema.Create();

        var result = await CostSchema.ExecuteAsync(services, BookWithAuthors, costMode: CostRequestContextKeys.ReportCost);

        // field: book 10 (async resolver) + id 0 + title 0 + authors 3 (@cost) + name 0                = 13
        // type:  Query 1 (root) + Book 1 + Author 4 (@cost on the type) × list size 1 (no @listSize) = 6
        Assert.Equal(
            """{"data":{"book":{"title":"Notes","authors":[{"name":"Ada"}]}},"extensions":{"operationCost":{"fieldCost":13,"typeCost":6}}}""",
            result.ToJson());
    }

    [Theory]
    // field: topBooks 1 (a list) + (authors 3) × size; type: Query 1 + (Book 1 + Author 4) × size.
    [InlineData("{ topBooks(first: 3) { title authors { name } } }", 10, 16)] // size 3: 1 + 9, 1 + 15
    [InlineData("{ topBooks { title authors { name } } }", 16, 26)] // no first: slicingArgumentDefaultValue 5
    [InlineData("{ topBooks(first: null) { title authors { name } } }", 16, 26)] // null counts as missing
    [InlineData("{ books { title authors { name } } }", 4, 6)] // no @listSize: size 1, list weight 1
    public async Task A_list_multiplies_what_is_below_it_by_its_slicing_argument(string query, long fieldCost, long typeCost)
    {
        using var services = CostSchema.Create();

        var result = await CostSchema.ExecuteAsync(services, query, costMode: CostRequestContextKeys.ValidateCost);

        Assert.Equal("{\"extensions\":{\"operationCost\":{\"fieldCost\":" + fieldCost + ",\"typeCost\":" + typeCost + "}}}", result.ToJson());
    }

    [Fact]
    public async Task A_slicing_argument_given_as_a_variable_counts_with_the_requests_value()
    {
        using var services = CostSchema.Create();

        var result = await CostSchema.ExecuteAsync(
            services,
            "query($n: Int) { topBooks(first: $n) { authors { name } } }",
            new Dictionary<string, object?> { ["n"] = 7 },
            CostRequestContextKeys.ValidateCost);

        // field 1 + 3 × 7 = 22; type 1 + (1 + 4) × 7 = 36
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":22,"typeCost":36}}}""", result.ToJson());
    }

    [Fact]
    public async Task On_an_interface_the_dearest_possible_type_counts()
    {
        using var services = CostSchema.Create();

        var result = await CostSchema.ExecuteAsync(
            services,
            "{ featured { title ... on Magazine { editor { name } } ... on Book { authors { name } } } }",
            costMode: CostRequestContextKeys.ValidateCost);

        // As a Book: authors field 3, type 4. As a Magazine: editor field 1 (an object), type 4. Max: 3 and 4.
        // field: featured 1 (an object) + 3 = 4; type: Query 1 + ShelfItem 1 + 4 = 6
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":4,"typeCost":6}}}""", result.ToJson());
    }

    [Fact]
    public async Task Fragments_count_once_per_response_name()
    {
        using var services = CostSchema.Create();

        var result = await CostSchema.ExecuteAsync(
            services,
            "{ book(id: 1) { ...F ...F authors { name } } } fragment F on Book { authors { name } }",
            costMode: CostRequestContextKeys.ValidateCost);

        // authors three times under one response name: counted once, so the same 13 and 6 as without fragments.
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":13,"typeCost":6}}}""", result.ToJson());
    }

    [Fact]
    public async Task Fields_with_one_response_name_count_the_selections_of_all_of_them()
    {
        using var services = CostSchema.Create();

        var result = await CostSchema.ExecuteAsync(
            services,
            "{ book(id: 1) { title } book(id: 1) { authors { name } } }",
            costMode: CostRequestContextKeys.ValidateCost);

        // One book field whose selections merge into { title authors { name } }: the same 13 and 6 as written at once.
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":13,"typeCost":6}}}""", result.ToJson());
    }

    [Fact]
    public async Task Validate_mode_answers_the_costs_without_executing()
    {
        using var services = CostSchema.Create();
        var before = ShelfQuery.Resolved;

        var result = await CostSchema.ExecuteAsync(services, BookWithAuthors, costMode: CostRequestContextKeys.ValidateCost);

        Assert.False(result.HasData);
        Assert.Empty(result.Errors);
        Assert.Equal(before, ShelfQuery.Resolved);
    }

    [Fact]
    public async Task Without_a_report_request_the_result_has_no_cost_extension()
    {
        using var services = CostSchema.Create();

        var result = await CostSchema.ExecuteAsync(services, "{ books { title } }");

        Assert.Equal("""{"data":{"books":[{"title":"Notes"},{"title":"Engines"},{"title":"Tables"}]}}""", result.ToJson());
    }

    [Fact]
    public async Task The_introspection_query_costs_only_its_root_type()
    {
        using var services = CostSchema.Create(o => (o.MaxFieldCost, o.MaxTypeCost) = (0, 1));
        var introspection = (await TestSupport.GraphQLJs.Shared.CallAsync("fullIntrospectionQuery")).GetString()!;

        var result = await CostSchema.ExecuteAsync(services, introspection, costMode: CostRequestContextKeys.ReportCost);

        Assert.Empty(result.Errors);
        Assert.True(result.HasData);
        Assert.EndsWith("""
            "extensions":{"operationCost":{"fieldCost":0,"typeCost":1}}}
            """, result.ToJson(), StringComparison.Ordinal);
    }
}
