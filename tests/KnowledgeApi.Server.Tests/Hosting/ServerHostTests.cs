using System.Net;
using System.Text.Json;
using KnowledgeApi.TestSupport;
using KnowledgeApi.Server.Tests.Schema;

namespace KnowledgeApi.Server.Tests.Hosting;

/// <summary>The host as a client meets it: health, seeded data on the first answer, introspection graphql-js accepts.</summary>
public sealed class ServerHostTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task The_health_endpoint_answers_ok()
    {
        using var response = await server.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_first_answer_already_sees_the_seeded_articles()
    {
        var response = await server.ExecuteAsync("{ articles { totalCount } }");

        Assert.Equal(2, response.DataWithoutErrors().GetProperty("articles").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Graphql_js_rebuilds_the_committed_schema_from_the_servers_introspection()
    {
        var introspectionQuery = (await GraphQLJs.Shared.CallAsync("fullIntrospectionQuery")).GetString()!;
        var introspection = (await server.ExecuteAsync(introspectionQuery)).DataWithoutErrors();

        var fromIntrospection = (await GraphQLJs.Shared.CallAsync("introspectionToSdl", new { introspection })).GetString();
        var committed = (await GraphQLJs.Shared.CallAsync("printSchemaRoundTrip", new { sdl = await File.ReadAllTextAsync(RepositoryPaths.Combine("schema", "schema.graphql")) })).GetString();

        Assert.Equal(committed, fromIntrospection);
    }

    [Fact]
    public async Task The_schema_download_is_the_running_schema()
    {
        var sdl = await server.Client.GetStringAsync("/graphql?sdl");

        var downloaded = (await GraphQLJs.Shared.CallAsync("printSchemaRoundTrip", new { sdl })).GetString();
        var running = (await GraphQLJs.Shared.CallAsync("printSchemaRoundTrip", new { sdl = KnowledgeSchemaFixture.Sdl })).GetString();
        Assert.Equal(running, downloaded);
    }

    [Fact]
    public async Task A_query_for_an_unknown_field_is_a_graphql_error_not_a_server_error()
    {
        using var response = await server.Client.PostAsync(
            "/graphql",
            new StringContent("""{"query":"{ articles { nodes { nope } } }"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("nope", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
