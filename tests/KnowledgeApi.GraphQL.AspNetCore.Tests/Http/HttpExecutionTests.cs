using System.Net;
using System.Text.Json;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// GraphQL over HTTP through the real executor on real Kestrel: both media types, GET and POST,
/// and the status code for each kind of outcome (conventions §7.3).
/// </summary>
public sealed class HttpExecutionTests : IAsyncLifetime
{
    private GraphQLTestServer server = null!;

    public async Task InitializeAsync() => server = await GraphQLTestServer.StartAsync(TestSchema.AddTo);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(null, MediaTypes.GraphQLResponse)]
    [InlineData("*/*", MediaTypes.GraphQLResponse)]
    [InlineData(MediaTypes.GraphQLResponse, MediaTypes.GraphQLResponse)]
    [InlineData(MediaTypes.Json, MediaTypes.Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", MediaTypes.GraphQLResponse)]
    public async Task A_POSTed_query_answers_200_in_the_negotiated_type(string? accept, string mediaType)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("""query Greet($n: String) { hello(name: $n) }""", new { n = "HTTP" }, accept: accept));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(mediaType, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal("""{"data":{"hello":"Hello, HTTP!"}}""", response.Text);
    }

    [Fact]
    public async Task A_GET_query_with_variables_and_operation_name_answers_200()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.GetQueryAsync(
            """query A { hello } query B($id: ID!) { book(id: $id) { title author { name } } }""",
            new { id = "2" },
            operationName: "B",
            accept: MediaTypes.GraphQLResponse));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"book":{"title":"The Left Hand of Darkness","author":{"name":"Ursula K. Le Guin"}}}}""", response.Text);
    }

    [Theory]
    [InlineData(MediaTypes.GraphQLResponse)]
    [InlineData(MediaTypes.Json)]
    public async Task A_mutation_over_GET_is_405_without_data(string accept)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.GetQueryAsync("""mutation { addBook(title: "Dune") { title } }""", accept: accept));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.False(response.HasData);
        Assert.Equal("The specified operation kind is not allowed.", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_mutation_over_POST_runs()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("""mutation { addBook(title: "Dune") { title author { name } } }"""));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Dune", response.Body.GetProperty("data").GetProperty("addBook").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("{ hello", null, MediaTypes.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("{ hello", null, MediaTypes.Json, HttpStatusCode.OK)]
    [InlineData("query A { hello }", "B", MediaTypes.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("query A { hello }", "B", MediaTypes.Json, HttpStatusCode.OK)]
    [InlineData("{ nope }", null, MediaTypes.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("{ nope }", null, MediaTypes.Json, HttpStatusCode.OK)]
    public async Task Syntax_validation_and_unknown_operation_errors_are_400_under_the_new_type_and_200_under_JSON_without_data(string query, string? operationName, string accept, HttpStatusCode status)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync(query, operationName: operationName, accept: accept));

        Assert.Equal(status, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.False(response.HasData);
        Assert.NotEmpty(response.FirstError.GetProperty("message").GetString()!);
    }

    [Fact]
    public async Task A_validation_error_carries_the_spec_section_it_breaks()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("{ nope }"));

        Assert.StartsWith(
            "https://spec.graphql.org/",
            response.FirstError.GetProperty("extensions").GetProperty("specifiedBy").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syntax_error_carries_HC0011_and_its_location()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("{ hello"));

        Assert.Equal("HC0011", response.FirstErrorCode);
        Assert.Equal(1, response.FirstError.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData(MediaTypes.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(MediaTypes.Json, HttpStatusCode.OK)]
    public async Task A_variable_that_cannot_be_coerced_is_a_request_error(string accept, HttpStatusCode status)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("""query ($id: ID!) { book(id: $id) { title } }""", new { id = (string?)null }, accept: accept));

        Assert.Equal(status, response.Status);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task A_field_error_is_200_with_partial_data()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("{ hello failing }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, world!", response.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("data").GetProperty("failing").ValueKind);
        Assert.Equal("failing", response.FirstError.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task A_null_propagated_to_data_is_still_200_because_execution_started()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("{ nonNull }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("data").ValueKind);
        Assert.Equal("HC0018", response.FirstErrorCode);
    }

    [Fact]
    public async Task Errors_are_written_before_data()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("{ failing }"));

        Assert.StartsWith("""{"errors":[""", response.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphql/")]
    [InlineData("graphql/anything/below")]
    public async Task POSTs_below_the_path_are_GraphQL_requests_too(string path)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostAsync("""{"query":"{ hello }"}""", path: path));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Text);
    }

    [Fact]
    public async Task A_GET_of_the_path_with_a_slash_is_a_GraphQL_GET()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.GetAsync("graphql/?query=%7B%20hello%20%7D", MediaTypes.Json));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Text);
    }

    [Fact]
    public async Task Resolvers_see_the_HttpContext_under_its_documented_key()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent("""{"query":"{ header(name: \"X-Api-Key\") }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", "secret-42");

        var response = await GraphQLHttpResponse.ReadAsync(await server.Client.SendAsync(request));

        Assert.Equal("""{"data":{"header":"secret-42"}}""", response.Text);
    }

    [Fact]
    public async Task Resolvers_get_services_from_the_HTTP_request_scope()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("{ usesRequestServices }"));

        Assert.Equal("""{"data":{"usesRequestServices":true}}""", response.Text);
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_running_resolver()
    {
        var probe = (CancellationProbe)server.Services.GetService(typeof(CancellationProbe))!;
        using var abort = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent("""{"query":"{ waitForCancellation }"}""", System.Text.Encoding.UTF8, "application/json"),
        };

        var sending = server.Client.SendAsync(request, abort.Token);
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Multipart_clients_get_one_JSON_part()
    {
        using var response = await server.PostAsync("""{"query":"{ hello }"}""", accept: "multipart/mixed");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("multipart/mixed", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("\r\n---\r\nContent-Type: application/json; charset=utf-8\r\n\r\n{\"data\":{\"hello\":\"Hello, world!\"}}\r\n-----\r\n", text);
    }

    [Fact]
    public async Task Event_stream_clients_get_one_next_event_then_complete()
    {
        using var response = await server.PostAsync("""{"query":"{ hello }"}""", accept: "text/event-stream");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("event: next\ndata: {\"data\":{\"hello\":\"Hello, world!\"}}\n\nevent: complete\n\n", text);
    }
}
