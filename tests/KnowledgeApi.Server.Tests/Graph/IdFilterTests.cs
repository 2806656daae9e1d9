using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeApi.Server.Tests.Hosting;
using Xunit.Abstractions;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>
/// <c>id</c> in a <c>where</c> takes the global IDs the object types show (<c>IdOperationFilterInput</c>),
/// decoded for the filtered type; anything else is a clear GraphQL error, never a 500.
/// </summary>
public sealed class IdFilterTests(SeededServer server, ITestOutputHelper output) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task An_article_is_found_by_the_global_id_a_previous_query_gave()
    {
        var (ids, titles) = await ArticlesAsync();

        var response = await server.ExecuteAsync(
            """query($id: ID!) { articles(where: { id: { eq: $id } }) { nodes { id title } } }""",
            new Dictionary<string, object?> { ["id"] = ids[1] });

        var nodes = response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes");
        Assert.Equal([ids[1]], nodes.Strings("id"));
        Assert.Equal([titles[1]], nodes.Strings("title"));
    }

    [Fact]
    public async Task In_and_nin_take_lists_of_global_ids()
    {
        var (ids, _) = await ArticlesAsync();

        var response = await server.ExecuteAsync(
            """
            query($ids: [ID!]!, $one: ID!) {
              both: articles(where: { id: { in: $ids } }) { nodes { id } }
              others: articles(where: { id: { nin: [$one] } }) { nodes { id } }
            }
            """,
            new Dictionary<string, object?> { ["ids"] = ids, ["one"] = ids[0] });

        var data = response.DataWithoutErrors();
        Assert.Equal(ids, data.GetProperty("both").GetProperty("nodes").Strings("id"));
        Assert.Equal(ids.Skip(1), data.GetProperty("others").GetProperty("nodes").Strings("id"));
    }

    [Fact]
    public async Task A_nested_id_filter_takes_the_nested_types_global_id()
    {
        var trump = (await server.ExecuteAsync("""{ people(where: { name: { eq: "Donald Trump" } }) { nodes { id } } }"""))
            .DataWithoutErrors().GetProperty("people").GetProperty("nodes")[0].GetProperty("id").GetString();

        var response = await server.ExecuteAsync(
            """query($id: ID!) { quotations(where: { speakerPerson: { id: { eq: $id } } }) { totalCount nodes { speakerName } } }""",
            new Dictionary<string, object?> { ["id"] = trump });

        var quotations = response.DataWithoutErrors().GetProperty("quotations");
        Assert.True(quotations.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(quotations.GetProperty("nodes").EnumerateArray(), q => Assert.Equal("Donald Trump", q.GetProperty("speakerName").GetString()));
    }

    [Theory]
    [InlineData("\"not a global id\"")]
    [InlineData("1")]
    [InlineData("\"UGVyc29uOjE=\"")]
    public async Task A_malformed_raw_or_other_types_id_is_a_graphql_error_not_a_server_error(string literal)
    {
        using var response = await server.Client.PostAsJsonAsync("/graphql", new { query = $$"""{ articles(where: { id: { eq: {{literal}} } }) { nodes { title } } }""" });
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine(body);

        Assert.True((int)response.StatusCode < 500, body);
        var json = JsonDocument.Parse(body).RootElement;
        var error = json.GetProperty("errors")[0];
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.DoesNotContain("Unexpected Execution Error", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(!json.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null || data.GetProperty("articles").ValueKind == JsonValueKind.Null);
    }

    private async Task<(List<string> Ids, List<string> Titles)> ArticlesAsync()
    {
        var nodes = (await server.ExecuteAsync("""{ articles { nodes { id title } } }""")).DataWithoutErrors().GetProperty("articles").GetProperty("nodes");
        return (nodes.Strings("id"), nodes.Strings("title"));
    }
}
