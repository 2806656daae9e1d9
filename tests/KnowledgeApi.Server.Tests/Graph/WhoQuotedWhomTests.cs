using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>
/// The question users came for, "which articles quote Donald Trump", asked the ways the schema
/// offers, on the seeded knowledge base (both seed articles quote him).
/// </summary>
public sealed class WhoQuotedWhomTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static readonly List<string> BothSeedArticles =
    [
        "Trump calls for US troops to wage “war” on drug cartels in Mexico",
        "Silent on coup attempt, Mexico's AMLO defends Trump against “censorship”",
    ];

    [Fact]
    public async Task A_person_filtered_by_name_leads_to_the_articles_that_quote_him()
    {
        var response = await server.ExecuteAsync("""
            { people(where: { name: { eq: "Donald Trump" } }) { nodes { name quotedIn { nodes { title } } } } }
            """);

        var people = response.DataWithoutErrors().GetProperty("people").GetProperty("nodes");
        Assert.Equal(1, people.GetArrayLength());
        Assert.Equal(BothSeedArticles, people[0].GetProperty("quotedIn").GetProperty("nodes").Strings("title"));
    }

    [Fact]
    public async Task A_person_looked_up_by_id_leads_to_the_articles_that_quote_him()
    {
        var found = await server.ExecuteAsync("""{ people(where: { name: { eq: "Donald Trump" } }) { nodes { id } } }""");
        var id = found.DataWithoutErrors().GetProperty("people").GetProperty("nodes")[0].GetProperty("id").GetString();

        var response = await server.ExecuteAsync(
            """query($id: ID!) { person(id: $id) { name quotedIn { nodes { title } } } }""",
            new Dictionary<string, object?> { ["id"] = id });

        var person = response.DataWithoutErrors().GetProperty("person");
        Assert.Equal("Donald Trump", person.GetProperty("name").GetString());
        Assert.Equal(BothSeedArticles, person.GetProperty("quotedIn").GetProperty("nodes").Strings("title"));
    }

    [Fact]
    public async Task Articles_filtered_on_their_quotations_speaker_are_the_ones_quoting_him()
    {
        var response = await server.ExecuteAsync("""
            { articles(where: { quotations: { some: { speakerName: { eq: "Donald Trump" } } } }) { nodes { title } } }
            """);

        Assert.Equal(BothSeedArticles, response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes").Strings("title"));
    }

    [Fact]
    public async Task Quotations_filtered_by_speaker_name_say_what_he_said_and_where()
    {
        var response = await server.ExecuteAsync("""
            { quotations(where: { speakerName: { eq: "Donald Trump" } }) { totalCount nodes { text speaker { __typename name } article { title } } } }
            """);

        var quotations = response.DataWithoutErrors().GetProperty("quotations").GetProperty("nodes");
        Assert.Contains(quotations.EnumerateArray(), q => q.GetProperty("text").GetString()!.StartsWith("This is the time for Mexico", StringComparison.Ordinal));
        Assert.All(quotations.EnumerateArray(), q => Assert.Equal("Person", q.GetProperty("speaker").GetProperty("__typename").GetString()));
        Assert.Equal(BothSeedArticles, quotations.EnumerateArray().Select(q => q.GetProperty("article").GetProperty("title").GetString()!).Distinct());
    }

    [Fact]
    public async Task An_alias_finds_the_person_it_belongs_to()
    {
        var response = await server.ExecuteAsync("""
            { people(where: { aliases: { some: { eq: "AMLO" } } }) { nodes { name } } }
            """);

        Assert.Equal(["Andrés Manuel López Obrador"], response.DataWithoutErrors().GetProperty("people").GetProperty("nodes").Strings("name"));
    }

    [Fact]
    public async Task Search_finds_a_name_written_without_its_accents()
    {
        var response = await server.ExecuteAsync("""
            { search(text: "Lopez Obrador") { nodes { __typename ... on Person { name } } } }
            """);

        var first = response.DataWithoutErrors().GetProperty("search").GetProperty("nodes")[0];
        Assert.Equal("Person", first.GetProperty("__typename").GetString());
        Assert.Equal("Andrés Manuel López Obrador", first.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Filters_on_names_are_exact_and_case_sensitive()
    {
        var response = await server.ExecuteAsync("""{ people(where: { name: { eq: "donald trump" } }) { totalCount nodes { name } } }""");

        Assert.Equal(0, response.DataWithoutErrors().GetProperty("people").GetProperty("totalCount").GetInt32());
    }
}
