using System.Text.Json;
using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary><c>search(text:)</c> as a <c>SearchResultConnection</c>: pages on the index's keyset, with a total.</summary>
public sealed class SearchConnectionTests(SeededServer server) : IClassFixture<SeededServer>
{
    private const string Page = """
        query($after: String) {
          search(text: "Trump", first: 3, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { __typename ... on Article { id } ... on Person { id } ... on Quotation { id } ... on Organization { id } ... on Event { id } } }
          }
        }
        """;

    [Fact]
    public async Task Paging_with_first_and_after_walks_every_hit_once_in_the_order_of_one_big_page()
    {
        var all = (await server.ExecuteAsync("""{ search(text: "Trump", first: 50) { totalCount edges { node { ... on Article { id } ... on Person { id } ... on Quotation { id } ... on Organization { id } ... on Event { id } } } } }"""))
            .DataWithoutErrors().GetProperty("search");
        var expected = all.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.True(expected.Count > 3, "The seeds should give Trump more than one page of hits.");
        Assert.Equal(expected.Count, all.GetProperty("totalCount").GetInt32());

        var walked = new List<string?>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var search = (await server.ExecuteAsync(Page, new Dictionary<string, object?> { ["after"] = after })).DataWithoutErrors().GetProperty("search");
            var pageInfo = search.GetProperty("pageInfo");
            Assert.Equal(expected.Count, search.GetProperty("totalCount").GetInt32());
            Assert.Equal(pages > 0, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            var edges = search.GetProperty("edges");
            Assert.InRange(edges.GetArrayLength(), 1, 3);
            Assert.Equal(edges[edges.GetArrayLength() - 1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
            walked.AddRange(edges.EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
            pages++;
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }

        Assert.Equal(expected, walked);
        Assert.Equal((expected.Count + 2) / 3, pages);
    }

    [Fact]
    public async Task A_bad_cursor_and_a_page_too_large_are_field_errors_in_hot_chocolates_codes()
    {
        var badCursor = await server.ExecuteAsync("""{ search(text: "Trump", after: "bm90IGEgY3Vyc29y") { totalCount } }""");
        Assert.Equal(JsonValueKind.Null, badCursor.GetProperty("data").GetProperty("search").ValueKind);
        Assert.Equal("HC0078", badCursor.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var tooMany = await server.ExecuteAsync("""{ search(text: "Trump", first: 51) { totalCount } }""");
        Assert.Equal("HC0051", tooMany.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Without_first_a_page_has_the_default_size()
    {
        var search = (await server.ExecuteAsync("""{ search(text: "Trump") { totalCount nodes { __typename } } }""")).DataWithoutErrors().GetProperty("search");

        Assert.Equal(Math.Min(10, search.GetProperty("totalCount").GetInt32()), search.GetProperty("nodes").GetArrayLength());
    }
}
