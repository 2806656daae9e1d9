using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Tests.Execution;

namespace KnowledgeApi.GraphQL.Tests.Conventions;

/// <summary>Rewritten mutations run through the real executor: input fields reach the parameters, errors land where Hot Chocolate puts them.</summary>
public sealed class MutationConventionExecutionTests
{
    private readonly ArticleStore store = new();

    [Fact]
    public async Task A_successful_mutation_returns_its_result_in_the_payload_and_errors_null()
    {
        var json = await RunAsync("""
            mutation {
              ingestArticle(input: { text: "Hello world", sourceName: "Wire" }) {
                storedArticle { id title sourceName }
                errors { __typename }
              }
            }
            """);

        Assert.Equal(
            """{"data":{"ingestArticle":{"storedArticle":{"id":1,"title":"Hello world","sourceName":"Wire"},"errors":null}}}""",
            json);
        Assert.Equal(1, store.Writes);
    }

    [Fact]
    public async Task The_input_can_come_from_one_variable()
    {
        var json = await RunAsync(
            """
            mutation Ingest($input: IngestArticleInput!) {
              ingestArticle(input: $input) { storedArticle { title sourceName } }
            }
            """,
            """{"input":{"text":"From a variable","sourceName":"Wire"}}""");

        Assert.Equal("""{"data":{"ingestArticle":{"storedArticle":{"title":"From a variable","sourceName":"Wire"}}}}""", json);
    }

    [Fact]
    public async Task Input_fields_can_be_variables_too()
    {
        var json = await RunAsync(
            """
            mutation Ingest($text: String!) {
              ingestArticle(input: { text: $text, sourceName: "Wire" }) { storedArticle { title } }
            }
            """,
            """{"text":"Field variable"}""");

        Assert.Equal("""{"data":{"ingestArticle":{"storedArticle":{"title":"Field variable"}}}}""", json);
    }

    [Fact]
    public async Task A_mapped_exception_becomes_a_typed_error_in_the_payload_not_a_field_error()
    {
        var json = await RunAsync("""
            mutation {
              ingestArticle(input: { text: "Hi", sourceName: "Wire" }) {
                storedArticle { id }
                errors {
                  __typename
                  ... on Error { message }
                  ... on ArticleRejectedError { reason length }
                }
              }
            }
            """);

        Assert.Equal(
            """{"data":{"ingestArticle":{"storedArticle":null,"errors":[{"__typename":"ArticleRejectedError","message":"The article was rejected: too short.","reason":"too short","length":2}]}}}""",
            json);
        Assert.Equal(0, store.Writes);
    }

    [Fact]
    public async Task The_second_mapped_exception_resolves_to_its_own_error_type()
    {
        var json = await RunAsync("""
            mutation {
              ingestArticle(input: { text: "Long enough", sourceName: "Blog" }) {
                errors { __typename ... on SourceUnknownError { message sourceName } }
              }
            }
            """);

        Assert.Equal(
            """{"data":{"ingestArticle":{"errors":[{"__typename":"SourceUnknownError","message":"The source 'Blog' is not known.","sourceName":"Blog"}]}}}""",
            json);
    }

    [Fact]
    public async Task An_unmapped_exception_stays_a_field_error_and_the_non_null_payload_nulls_data()
    {
        var json = await RunAsync("""mutation { explode(input: { reason: "boom" }) { storedArticle { id } } }""");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":12}],"path":["explode"]}],"data":null}""",
            json);
    }

    [Fact]
    public async Task Id_input_fields_keep_their_global_id_decoding()
    {
        store.Add("Old title", "Wire");

        var renamed = await RunAsync("""mutation { renameArticle(input: { id: "StoredArticle:1", title: "New title" }) { storedArticle { id title } } }""");
        var wrongType = await RunAsync("""mutation { renameArticle(input: { id: "Author:1", title: "Nope" }) { storedArticle { id } } }""");

        Assert.Equal("""{"data":{"renameArticle":{"storedArticle":{"id":1,"title":"New title"}}}}""", renamed);
        Assert.Contains("The ID `Author:1` is not a valid StoredArticle ID.", wrongType, StringComparison.Ordinal);
        Assert.Equal("New title", store.Articles[0].Title);
    }

    [Fact]
    public async Task A_mutation_without_arguments_has_no_input_and_names_the_field_after_the_result_type()
    {
        var json = await RunAsync("mutation { ping { boolean } }");

        Assert.Equal("""{"data":{"ping":{"boolean":true}}}""", json);
    }

    [Fact]
    public async Task Renamed_types_and_payload_field_work_and_optional_input_fields_may_be_left_out()
    {
        var json = await RunAsync("""mutation { a: tag(input: { label: "x" }) { tagged } b: tag(input: { label: "y", weight: 3 }) { tagged } }""");

        Assert.Equal("""{"data":{"a":{"tagged":"x:-"},"b":{"tagged":"y:3"}}}""", json);
    }

    [Fact]
    public async Task An_opted_out_field_keeps_its_arguments()
    {
        var json = await RunAsync("mutation { count(by: 4) }");

        Assert.Equal("""{"data":{"count":4}}""", json);
    }

    [Fact]
    public async Task The_query_field_on_a_payload_reads_the_state_after_the_mutation()
    {
        var json = await RunAsync("""
            mutation {
              ingestArticle(input: { text: "Fresh news", sourceName: "Wire" }) { query { articles { title } } }
            }
            """);

        Assert.Equal("""{"data":{"ingestArticle":{"query":{"articles":[{"title":"Fresh news"}]}}}}""", json);
    }

    [Fact]
    public async Task A_missing_input_field_is_an_argument_error_and_nothing_runs()
    {
        var json = await RunAsync("""mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { storedArticle { id } } }""", """{"input":{"text":"No source"}}""");

        Assert.StartsWith("""{"errors":[""", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
        Assert.Equal(0, store.Writes);
    }

    private async Task<string> RunAsync(string query, string? variablesJson = null)
    {
        var executor = new RequestExecutor(NewsroomSchemaFactory.Create(store));
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = ExecutionHarness.Variables(variablesJson),
            Services = new NewsroomSchemaFactory.StoreServices(store),
        });
        return ((ExecutionResult)result).ToJson();
    }
}
