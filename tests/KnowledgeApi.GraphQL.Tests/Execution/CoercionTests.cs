namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>Argument and variable coercion (§6.4.1, §6.1.2) with the specification's input coercion rules.</summary>
public sealed class CoercionTests
{
    [Theory]
    [InlineData("""{ echo }""", "default")]
    [InlineData("""{ echo(text: null) }""", "<null>")]
    [InlineData("""{ echo(text: "hi") }""", "hi")]
    public async Task Missing_arguments_take_their_default_and_explicit_null_stays_null(string query, string expected)
    {
        var json = await ExecutionHarness.RunAsync(query);

        Assert.Equal($$$"""{"data":{"echo":"{{{expected}}}"}}""", json);
    }

    [Theory]
    [InlineData("""query ($t: String) { echo(text: $t) }""", null, "default")]
    [InlineData("""query ($t: String) { echo(text: $t) }""", """{"t": null}""", "<null>")]
    [InlineData("""query ($t: String = "fallback") { echo(text: $t) }""", """{}""", "fallback")]
    [InlineData("""query ($t: String = "fallback") { echo(text: $t) }""", """{"t": "given"}""", "given")]
    [InlineData("""query ($t: String = "fallback") { echo(text: $t) }""", """{"t": null}""", "<null>")]
    public async Task Variables_distinguish_missing_from_null_and_use_their_defaults(string query, string? variables, string expected)
    {
        var json = await ExecutionHarness.RunAsync(query, variables);

        Assert.Equal($$$"""{"data":{"echo":"{{{expected}}}"}}""", json);
    }

    [Theory]
    [InlineData("""{ sum(numbers: 5) }""", null, 5)]
    [InlineData("""{ sum(numbers: [1, 2, 3]) }""", null, 6)]
    [InlineData("""query ($n: [Int!]!) { sum(numbers: $n) }""", """{"n": 7}""", 7)]
    [InlineData("""query ($n: [Int!]!) { sum(numbers: $n) }""", """{"n": [1, 2]}""", 3)]
    [InlineData("""query ($n: Int!) { sum(numbers: [$n, 4]) }""", """{"n": 1}""", 5)]
    public async Task A_single_value_where_a_list_is_expected_becomes_a_list_of_one(string query, string? variables, int expected)
    {
        var json = await ExecutionHarness.RunAsync(query, variables);

        Assert.Equal($$$"""{"data":{"sum":{{{expected}}}}}""", json);
    }

    [Theory]
    [InlineData("""{ describe(filter: {}) }""", null, "-|-|10")]
    [InlineData("""{ describe(filter: { titleContains: "x", genres: POETRY, limit: 2 }) }""", null, "x|Poetry|2")]
    [InlineData("""query ($f: BookFilterInput!) { describe(filter: $f) }""", """{"f": {"genres": ["NOVEL", "SCIENCE_FICTION"]}}""", "-|Novel,ScienceFiction|10")]
    [InlineData("""query ($g: Genre!) { describe(filter: { genres: [$g] }) }""", """{"g": "POETRY"}""", "-|Poetry|10")]
    public async Task Input_objects_fill_defaults_and_convert_to_the_bound_record(string query, string? variables, string expected)
    {
        var json = await ExecutionHarness.RunAsync(query, variables);

        Assert.Equal($$$"""{"data":{"describe":"{{{expected}}}"}}""", json);
    }

    [Theory]
    [InlineData("""{ lookup(by: { id: 3 }) }""", null, "id:3")]
    [InlineData("""query ($by: BookLookupInput!) { lookup(by: $by) }""", """{"by": {"title": "Devotions"}}""", "title:Devotions")]
    public async Task OneOf_inputs_accept_exactly_one_field(string query, string? variables, string expected)
    {
        var json = await ExecutionHarness.RunAsync(query, variables);

        Assert.Equal($$$"""{"data":{"lookup":"{{{expected}}}"}}""", json);
    }

    [Theory]
    [InlineData("""{"by": {"id": 1, "title": "x"}}""", "needs exactly one field")]
    [InlineData("""{"by": {"id": null}}""", "must not be null")]
    [InlineData("""{"by": {"isbn": "1"}}""", "`isbn` is not defined")]
    public async Task OneOf_variables_with_zero_or_two_fields_or_null_are_refused_before_execution(string variables, string reason)
    {
        var result = await ExecutionHarness.ExecuteAsync("""query ($by: BookLookupInput!) { lookup(by: $by) }""", variables);

        Assert.False(result.HasData);
        Assert.Equal(KnowledgeApi.GraphQL.Execution.RequestErrorKind.InvalidRequest, result.RequestError);
        Assert.Contains(reason, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"g": "POETRY"}""", "POETRY")]
    [InlineData("""{}""", "POETRY")]
    [InlineData("""{"g": "NOVEL"}""", "NOVEL")]
    public async Task Enums_coerce_from_names_and_serialize_back_to_names(string variables, string expected)
    {
        var json = await ExecutionHarness.RunAsync("""query ($g: Genre) { favoriteGenre(genre: $g) }""", variables);

        Assert.Equal($$$"""{"data":{"favoriteGenre":"{{{expected}}}"}}""", json);
    }

    [Fact]
    public async Task Custom_scalars_parse_variables_and_literals_with_their_own_rules()
    {
        var json = await ExecutionHarness.RunAsync(
            """query ($at: DateTime!) { a: moment(at: $at) b: moment(at: "2024-05-01T10:00:00+02:00") }""",
            """{"at": "2024-01-02T03:04:05Z"}""");

        Assert.Contains("\"a\":\"2024-01-02T03:04:05", json, StringComparison.Ordinal);
        Assert.Contains("\"b\":\"2024-05-01T10:00:00", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""query ($n: Int!) { book(id: $n) { id } }""", null, "`$n` of required type `Int!` was not provided")]
    [InlineData("""query ($n: Int!) { book(id: $n) { id } }""", """{"n": null}""", "`$n` of required type `Int!` must not be null")]
    [InlineData("""query ($n: Int!) { book(id: $n) { id } }""", """{"n": "one"}""", "Int cannot represent")]
    [InlineData("""query ($n: Int!) { book(id: $n) { id } }""", """{"n": 2147483648}""", "Int cannot represent")]
    [InlineData("""query ($g: Genre) { favoriteGenre(genre: $g) }""", """{"g": "EPIC"}""", "does not exist")]
    [InlineData("""query ($f: BookFilterInput!) { describe(filter: $f) }""", """{"f": {"limit": "ten"}}""", "f.limit")]
    [InlineData("""query ($f: BookFilterInput!) { describe(filter: $f) }""", """{"f": [1]}""", "Expected an object")]
    public async Task Invalid_variables_are_request_errors_without_data(string query, string? variables, string reason)
    {
        var result = await ExecutionHarness.ExecuteAsync(query, variables);
        var json = ((KnowledgeApi.GraphQL.Execution.ExecutionResult)result).ToJson();

        Assert.False(result.HasData);
        Assert.Equal(KnowledgeApi.GraphQL.Execution.RequestErrorKind.InvalidRequest, result.RequestError);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
        Assert.Contains(reason, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("\"locations\":[{\"line\":1,\"column\":8}]", json, StringComparison.Ordinal);
    }

    // The executor coerces these too, but since validation runs first they are refused as a
    // whole request (no data key) before any resolver runs.
    [Theory]
    [InlineData("""{ echo lookup(by: { id: 3, title: "x" }) }""", "@oneOf")]
    [InlineData("""query ($x: Unknown) { echo }""", "Unknown")]
    [InlineData("""{ echo book { id } }""", "`id`")]
    [InlineData("""fragment F on Book { id }""", "`F`")]
    public async Task Documents_validation_refuses_never_reach_execution(string query, string mentioned)
    {
        var result = await ExecutionHarness.ExecuteAsync(query);
        var json = ((KnowledgeApi.GraphQL.Execution.ExecutionResult)result).ToJson();

        Assert.False(result.HasData);
        Assert.Equal(KnowledgeApi.GraphQL.Execution.RequestErrorKind.Validation, result.RequestError);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
        Assert.Contains(result.Errors, e => e.Message.Contains(mentioned, StringComparison.Ordinal));
    }
}
