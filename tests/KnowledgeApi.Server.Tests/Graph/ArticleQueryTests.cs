using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>Articles as the seeded knowledge base holds them, read through the server's executor.</summary>
public sealed class ArticleQueryTests(UnlimitedCostServer server) : IClassFixture<UnlimitedCostServer>
{
    private const string TrumpWar = "Trump calls for US troops to wage “war” on drug cartels in Mexico";
    private const string AmloCensorship = "Silent on coup attempt, Mexico's AMLO defends Trump against “censorship”";

    [Fact]
    public async Task Both_seed_articles_are_listed_with_their_titles()
    {
        var response = await server.ExecuteAsync("""{ articles { nodes { title } } }""");

        var titles = response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes").Strings("title");
        Assert.Equal([TrumpWar, AmloCensorship], titles);
    }

    [Fact]
    public async Task An_article_is_found_by_its_slug_and_by_its_id()
    {
        var list = await server.ExecuteAsync("""{ articles { nodes { id slug } } }""");
        var first = list.DataWithoutErrors().GetProperty("articles").GetProperty("nodes")[0];
        var slug = first.GetProperty("slug").GetString();
        var id = first.GetProperty("id").GetString();

        var bySlug = await server.ExecuteAsync("""query($slug: String!) { articleBySlug(slug: $slug) { id title } }""", new Dictionary<string, object?> { ["slug"] = slug });
        var byId = await server.ExecuteAsync("""query($id: ID!) { article(id: $id) { slug } }""", new Dictionary<string, object?> { ["id"] = id });

        Assert.Equal(id, bySlug.DataWithoutErrors().GetProperty("articleBySlug").GetProperty("id").GetString());
        Assert.Equal(TrumpWar, bySlug.DataWithoutErrors().GetProperty("articleBySlug").GetProperty("title").GetString());
        Assert.Equal(slug, byId.DataWithoutErrors().GetProperty("article").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task An_unknown_slug_answers_null_without_errors()
    {
        var response = await server.ExecuteAsync("""{ articleBySlug(slug: "no-such-article") { title } }""");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.DataWithoutErrors().GetProperty("articleBySlug").ValueKind);
    }

    [Fact]
    public async Task Authors_come_from_the_byline_and_lead_back_to_their_articles()
    {
        var response = await server.ExecuteAsync("""{ articles { nodes { authors { nodes { name articlesWritten { nodes { title } } } } } } }""");

        var articles = response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes");
        var first = articles[0].GetProperty("authors").GetProperty("nodes")[0];
        Assert.Equal("Eric London", first.GetProperty("name").GetString());
        Assert.Equal([TrumpWar], first.GetProperty("articlesWritten").GetProperty("nodes").Strings("title"));
        Assert.Equal("Andrea Lobo", articles[1].GetProperty("authors").GetProperty("nodes")[0].GetProperty("name").GetString());
    }
}
