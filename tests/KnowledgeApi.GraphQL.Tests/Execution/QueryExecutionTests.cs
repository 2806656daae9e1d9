namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>Field collection, fragments, aliases, directives and abstract types, as the specification's execution chapter describes them.</summary>
public sealed class QueryExecutionTests
{
    [Fact]
    public async Task Fields_are_answered_in_selection_order_with_aliases()
    {
        var json = await ExecutionHarness.RunAsync("""{ second: book(id: 2) { title id } first: book(id: 1) { id title } }""");

        Assert.Equal("""{"data":{"second":{"title":"A Wizard of Earthsea","id":2},"first":{"id":1,"title":"The Dispossessed"}}}""", json);
    }

    [Fact]
    public async Task Fragments_and_inline_fragments_merge_into_the_same_object()
    {
        var json = await ExecutionHarness.RunAsync("""
            query { book(id: 1) { ...Basics ... on Book { genre tags } title } }
            fragment Basics on Book { id title }
            """);

        Assert.Equal("""{"data":{"book":{"id":1,"title":"The Dispossessed","genre":"SCIENCE_FICTION","tags":["anarchy","physics"]}}}""", json);
    }

    [Fact]
    public async Task Skip_and_include_follow_literals_and_variables()
    {
        var json = await ExecutionHarness.RunAsync(
            """
            query ($yes: Boolean!, $no: Boolean!) {
              book(id: 3) {
                id @skip(if: true)
                title @include(if: $yes)
                genre @include(if: $no)
                ... @skip(if: $no) { tags }
                ...F @include(if: false)
              }
            }
            fragment F on Book { authorId }
            """,
            """{"yes": true, "no": false}""");

        Assert.Equal("""{"data":{"book":{"title":"Devotions","tags":[]}}}""", json);
    }

    [Fact]
    public async Task Interfaces_and_unions_resolve_the_concrete_type_of_each_value()
    {
        var json = await ExecutionHarness.RunAsync("""
            {
              publications { __typename title ... on Magazine { issue } }
              search(text: "o") {
                __typename
                ... on Book { title }
                ... on Author { name }
                ... on Publication { id }
              }
            }
            """);

        Assert.Equal(
            """{"data":{"publications":[{"__typename":"Book","title":"The Dispossessed"},{"__typename":"Book","title":"A Wizard of Earthsea"},{"__typename":"Book","title":"Devotions"},{"__typename":"Magazine","title":"Poetry Review","issue":7}],"search":"""
            + """[{"__typename":"Book","title":"The Dispossessed","id":1},{"__typename":"Book","title":"A Wizard of Earthsea","id":2},{"__typename":"Book","title":"Devotions","id":3},{"__typename":"Magazine","id":10},{"__typename":"Author","name":"Mary Oliver"}]}}""",
            json);
    }

    [Fact]
    public async Task Nested_lists_and_methods_on_the_parent_resolve()
    {
        var json = await ExecutionHarness.RunAsync("""{ books(genre: NOVEL) { author { name books { title } } } }""");

        Assert.Equal("""{"data":{"books":[{"author":{"name":"Ursula K. Le Guin","books":[{"title":"The Dispossessed"},{"title":"A Wizard of Earthsea"}]}}]}}""", json);
    }

    [Fact]
    public async Task Async_resolvers_of_sibling_fields_run_concurrently()
    {
        // Each field waits 300 ms; run one after another they would need 1.2 s at least.
        var started = System.Diagnostics.Stopwatch.StartNew();
        var json = await ExecutionHarness.RunAsync("""{ a: wait(milliseconds: 300) b: wait(milliseconds: 300) c: wait(milliseconds: 300) d: wait(milliseconds: 300) }""");

        Assert.Equal("""{"data":{"a":"waited","b":"waited","c":"waited","d":"waited"}}""", json);
        Assert.True(started.Elapsed < TimeSpan.FromMilliseconds(1150), $"took {started.Elapsed}");
    }

    [Fact]
    public async Task Typename_is_answered_on_the_root_and_on_every_object()
    {
        var json = await ExecutionHarness.RunAsync("""{ __typename book(id: 1) { __typename author { __typename } } }""");

        Assert.Equal("""{"data":{"__typename":"Query","book":{"__typename":"Book","author":{"__typename":"Author"}}}}""", json);
    }
}
