using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Limits;

/// <summary><c>nodes(ids:)</c> batch size and the maximum page size on the knowledge server, at their edges.</summary>
public sealed class BatchAndPageLimitTests
{
    [Fact]
    public async Task Nodes_takes_10_ids_and_refuses_11_with_HC0076_by_default()
    {
        await using var server = await LimitsServer.StartAsync();
        var id = await AnArticleIdAsync(server);

        var (tenStatus, ten) = await server.QueryAsync(NodesQuery(id, 10));
        var (elevenStatus, eleven) = await server.QueryAsync(NodesQuery(id, 11));

        Assert.Equal(200, tenStatus);
        Assert.Equal(10, ten.DataWithoutErrors().GetProperty("nodes").GetArrayLength());
        Assert.Equal(200, elevenStatus);
        Assert.Equal("HC0076", eleven.FirstErrorCode());
        Assert.Equal(10, eleven.GetProperty("errors")[0].GetProperty("extensions").GetProperty("maxAllowedNodes").GetInt32());
    }

    [Fact]
    public async Task The_nodes_batch_size_comes_from_configuration()
    {
        await using var server = await LimitsServer.StartAsync("--GraphQL:MaxAllowedNodeBatchSize=3");
        var id = await AnArticleIdAsync(server);

        var (_, three) = await server.QueryAsync(NodesQuery(id, 3));
        var (_, four) = await server.QueryAsync(NodesQuery(id, 4));

        Assert.Equal(3, three.DataWithoutErrors().GetProperty("nodes").GetArrayLength());
        Assert.Equal("HC0076", four.FirstErrorCode());
    }

    [Fact]
    public async Task A_page_of_50_is_served_and_51_is_refused_with_HC0051()
    {
        await using var server = await LimitsServer.StartAsync();

        var (fiftyStatus, fifty) = await server.QueryAsync("{ people(first: 50) { nodes { name } } }");
        var (fiftyOneStatus, fiftyOne) = await server.QueryAsync("{ people(first: 51) { nodes { name } } }");

        Assert.Equal(200, fiftyStatus);
        Assert.True(fifty.DataWithoutErrors().GetProperty("people").GetProperty("nodes").GetArrayLength() > 0);
        Assert.Equal(200, fiftyOneStatus);
        Assert.Equal("HC0051", fiftyOne.FirstErrorCode());
    }

    [Fact]
    public async Task The_page_size_limit_comes_from_configuration_for_root_and_relation_connections()
    {
        await using var server = await LimitsServer.StartAsync("--GraphQL:MaxPageSize=5");

        var (_, five) = await server.QueryAsync("{ people(first: 5) { nodes { name } } }");
        var (_, six) = await server.QueryAsync("{ people(first: 6) { nodes { name } } }");
        var (_, relation) = await server.QueryAsync("{ articles(first: 1) { nodes { quotations(first: 6) { nodes { text } } } } }");

        Assert.Equal(5, five.DataWithoutErrors().GetProperty("people").GetProperty("nodes").GetArrayLength());
        Assert.Equal("HC0051", six.FirstErrorCode());
        Assert.Equal("HC0051", relation.FirstErrorCode());
    }

    private static string NodesQuery(string id, int count) =>
        "{ nodes(ids: [" + string.Join(", ", Enumerable.Repeat($"\"{id}\"", count)) + "]) { id } }";

    private static async Task<string> AnArticleIdAsync(LimitsServer server)
    {
        var (_, body) = await server.QueryAsync("{ articles(first: 1) { nodes { id } } }");
        return body.DataWithoutErrors().GetProperty("articles").GetProperty("nodes")[0].GetProperty("id").GetString()!;
    }
}
