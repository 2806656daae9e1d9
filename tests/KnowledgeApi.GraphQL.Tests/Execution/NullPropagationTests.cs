namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>
/// A null (or an error) in a non-null position nulls the nearest nullable parent, at every depth,
/// and the error says where: path and location.
/// </summary>
public sealed class NullPropagationTests
{
    [Fact]
    public async Task A_nullable_field_that_throws_is_null_with_an_unexpected_execution_error()
    {
        var json = await ExecutionHarness.RunAsync("{ root { name maybeThrows } }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":15}],"path":["root","maybeThrows"]}],"data":{"root":{"name":"node0","maybeThrows":null}}}""",
            json);
        Assert.DoesNotContain("internal detail", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_null_null_nulls_the_parent_object_when_its_field_is_nullable()
    {
        var json = await ExecutionHarness.RunAsync("{ root { child { name broken } } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":23}],"path":["root","child","broken"],"extensions":{"code":"HC0018"}}],"data":{"root":{"child":null}}}""",
            json);
    }

    [Fact]
    public async Task Propagation_climbs_through_non_null_parents_to_the_nearest_nullable_one()
    {
        var json = await ExecutionHarness.RunAsync("{ root { child { required { required { throws } } } } }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":40}],"path":["root","child","required","required","throws"]}],"data":{"root":{"child":null}}}""",
            json);
    }

    [Fact]
    public async Task Propagation_reaching_the_root_makes_data_null()
    {
        var json = await ExecutionHarness.RunAsync("{ book(id: 1) { id } root { required { broken } } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":40}],"path":["root","required","broken"],"extensions":{"code":"HC0018"}}],"data":null}""",
            json);
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_non_null_items_nulls_the_list()
    {
        var json = await ExecutionHarness.RunAsync("{ root { child { nonNullItems nullableItems } } }");

        // The list field itself is non-null too, so the null moves on to `child`.
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":18}],"path":["root","child","nonNullItems",1],"extensions":{"code":"HC0018"}}],"data":{"root":{"child":null}}}""",
            json);
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_nullable_items_stays_null()
    {
        var json = await ExecutionHarness.RunAsync("{ root { nullableItems } }");

        Assert.Equal("""{"data":{"root":{"nullableItems":["a",null,"c"]}}}""", json);
    }

    [Fact]
    public async Task Async_fields_propagate_like_synchronous_ones()
    {
        var json = await ExecutionHarness.RunAsync("{ root { child { later laterBroken } later } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":24}],"path":["root","child","laterBroken"],"extensions":{"code":"HC0018"}}],"data":{"root":{"child":null,"later":"later0"}}}""",
            json);
    }

    [Fact]
    public async Task A_GraphQLException_keeps_its_message_and_code_and_a_non_null_root_field_nulls_data()
    {
        var json = await ExecutionHarness.RunAsync("{ books(genre: POETRY) { title } search(text: \"Devotions\") { ... on Book { id } } fail }");

        Assert.Equal(
            """{"errors":[{"message":"The shelf is closed.","locations":[{"line":1,"column":83}],"path":["fail"],"extensions":{"code":"SHELF_CLOSED"}}],"data":null}""",
            json);
    }

    [Fact]
    public async Task Exception_details_are_added_only_when_asked_for()
    {
        var json = await ExecutionHarness.RunAsync("{ root { maybeThrows } }", options: new() { IncludeExceptionDetails = true });

        Assert.Contains("\"message\":\"internal detail that must not leak\"", json, StringComparison.Ordinal);
        Assert.Contains("\"stackTrace\":", json, StringComparison.Ordinal);
    }
}
