using System.Text.Json;
using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Clients;

/// <summary>
/// Real front-end clients (Apollo Client 4, urql over POST and GET, graphql-request), run by node
/// through tests/js/http, ask the seeded knowledge server "which articles quote Donald Trump"
/// and get both seed articles, as the seed files title them and with the ids the database gave them.
/// </summary>
public sealed class FrontEndClientTests(SeededServer server) : IClassFixture<SeededServer>
{
    // Both ways the schema answers the question: from the person, and from the quotations.
    private const string WhoQuotesTrump = """
        query WhoQuotesTrump($speaker: String!) {
          people(where: { name: { eq: $speaker } }) { nodes { id name quotedIn { nodes { id title } } } }
          quotations(where: { speakerName: { eq: $speaker } }) { nodes { text article { id title } } }
        }
        """;

    private static readonly string Variables = JsonSerializer.Serialize(new { speaker = SeedKnowledge.Speaker });

    private string Url => new Uri(server.BaseAddress, "graphql").ToString();

    [Fact]
    public async Task Apollo_Client_finds_both_articles_and_normalizes_articles_and_people_by_typename_and_id()
    {
        var seed = await SeedKnowledge.ReadAsync(server);

        var output = await ClientScript.RunAsync("tests/js/http/apollo.mjs", Url, WhoQuotesTrump, Variables);

        Assert.Equal(JsonValueKind.Null, output.GetProperty("errors").ValueKind);
        AssertBothSeedArticles(output.GetProperty("data"), seed);

        // The normalized store holds one entry per Article and Person, keyed "__typename:id";
        // quotations have no id selected, so they stay inside the query's result.
        var personKey = $"Person:{SeedKnowledge.GlobalId("Person", seed.TrumpId)}";
        var articleKeys = seed.ArticleIds.Select(id => $"Article:{SeedKnowledge.GlobalId("Article", id)}").ToList();
        Assert.Equal([.. articleKeys, personKey, "ROOT_QUERY"], output.GetProperty("cacheKeys").EnumerateArray().Select(k => k.GetString()!));

        var cache = output.GetProperty("cache");
        for (var i = 0; i < articleKeys.Count; i++)
        {
            var article = cache.GetProperty(articleKeys[i]);
            Assert.Equal("Article", article.GetProperty("__typename").GetString());
            Assert.Contains(article.GetProperty("title").GetString(), seed.ArticleTitles);
        }

        // The person refers to the articles by those keys instead of copying them...
        var person = cache.GetProperty(personKey);
        Assert.Equal(SeedKnowledge.Speaker, person.GetProperty("name").GetString());
        Assert.Equal(articleKeys, person.GetProperty("quotedIn").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("__ref").GetString()!).Order(StringComparer.Ordinal));

        // ...and so does the root query, for the person and for each quotation's article.
        var root = cache.GetProperty("ROOT_QUERY");
        var people = RootField(root, "people").GetProperty("nodes");
        Assert.Equal(personKey, Assert.Single(people.EnumerateArray()).GetProperty("__ref").GetString());
        var quotedArticles = RootField(root, "quotations").GetProperty("nodes").EnumerateArray()
            .Select(q => q.GetProperty("article").GetProperty("__ref").GetString()!).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(articleKeys, quotedArticles);
    }

    [Theory]
    [InlineData("post", "POST")]
    [InlineData("get", "GET")]
    public async Task Urql_finds_both_articles_over_POST_and_GET(string mode, string method)
    {
        var seed = await SeedKnowledge.ReadAsync(server);

        var output = await ClientScript.RunAsync("tests/js/http/urql.mjs", Url, WhoQuotesTrump, Variables, mode);

        Assert.Equal(JsonValueKind.Null, output.GetProperty("error").ValueKind);
        AssertBothSeedArticles(output.GetProperty("data"), seed);
        Assert.Equal(method, Assert.Single(output.GetProperty("requests").EnumerateArray()).GetProperty("method").GetString());
    }

    [Fact]
    public async Task Graphql_request_finds_both_articles()
    {
        var seed = await SeedKnowledge.ReadAsync(server);

        var output = await ClientScript.RunAsync("tests/js/http/graphql-request.mjs", Url, WhoQuotesTrump, Variables);

        Assert.Equal(JsonValueKind.Null, output.GetProperty("error").ValueKind);
        AssertBothSeedArticles(output.GetProperty("data"), seed);
    }

    [Fact]
    public async Task The_articles_query_lists_the_seed_titles_the_clients_are_checked_against()
    {
        var seed = await SeedKnowledge.ReadAsync(server);

        var response = await server.ExecuteAsync("{ articles { nodes { id title } } }");

        var articles = response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes");
        Assert.Equal(seed.ArticleTitles.Order(StringComparer.Ordinal), articles.Strings("title").Order(StringComparer.Ordinal));
        Assert.Equal(seed.ArticleIds.Select(id => SeedKnowledge.GlobalId("Article", id)).Order(StringComparer.Ordinal), articles.Strings("id").Order(StringComparer.Ordinal));
    }

    /// <summary>Both answers name both seed articles, by their seed-file titles and database ids.</summary>
    private static void AssertBothSeedArticles(JsonElement data, SeedKnowledge seed)
    {
        var expectedTitles = seed.ArticleTitles.Order(StringComparer.Ordinal).ToList();
        var expectedIds = seed.ArticleIds.Select(id => SeedKnowledge.GlobalId("Article", id)).Order(StringComparer.Ordinal).ToList();

        var person = Assert.Single(data.GetProperty("people").GetProperty("nodes").EnumerateArray());
        Assert.Equal(SeedKnowledge.Speaker, person.GetProperty("name").GetString());
        Assert.Equal(SeedKnowledge.GlobalId("Person", seed.TrumpId), person.GetProperty("id").GetString());
        var quotedIn = person.GetProperty("quotedIn").GetProperty("nodes");
        Assert.Equal(expectedTitles, quotedIn.Strings("title").Order(StringComparer.Ordinal));
        Assert.Equal(expectedIds, quotedIn.Strings("id").Order(StringComparer.Ordinal));

        var quotations = data.GetProperty("quotations").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(quotations, q => Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("text").GetString())));
        var quotedArticles = quotations.Select(q => q.GetProperty("article").GetProperty("title").GetString()!).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expectedTitles, quotedArticles);
    }

    /// <summary>A root field in Apollo's store, whose key carries its arguments: <c>people({"where":...})</c>.</summary>
    private static JsonElement RootField(JsonElement root, string field) =>
        Assert.Single(root.EnumerateObject(), p => p.Name.StartsWith(field + "(", StringComparison.Ordinal)).Value;
}
