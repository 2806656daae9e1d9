using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>
/// <c>speakerPerson</c> / <c>speakerOrganization</c> in <c>QuotationFilterInput</c>: filter fields
/// declared from <c>q.Speaker as Person</c>, translated by EF into the article query's SQL.
/// </summary>
public sealed class SpeakerFilterTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Articles_filtered_on_a_quotation_speaker_person_are_both_seed_articles_in_one_statement()
    {
        server.Statements.Reset();
        var response = await server.ExecuteAsync("""
            { articles(where: { quotations: { some: { speakerPerson: { name: { eq: "Donald Trump" } } } } }) { nodes { title } } }
            """);

        Assert.Equal(
            ["Trump calls for US troops to wage “war” on drug cartels in Mexico", "Silent on coup attempt, Mexico's AMLO defends Trump against “censorship”"],
            response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes").Strings("title"));

        // The speaker test runs in the database: an EXISTS over quotations joined to the entity, checked to be a person.
        var sql = Assert.Single(server.Statements.Statements, s => s.Contains("EXISTS", StringComparison.Ordinal));
        Assert.Contains("\"Name\" = @", sql, StringComparison.Ordinal);
        Assert.Contains("\"e\".\"Type\" = 'Person'", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_filter_does_not_match_an_organization_speaker_of_the_same_name()
    {
        var organizations = await server.ExecuteAsync("""
            { quotations(where: { speakerOrganization: { name: { neq: null } } }) { nodes { speakerName speaker { __typename } speakerPerson { name } } } }
            """);
        var nodes = organizations.DataWithoutErrors().GetProperty("quotations").GetProperty("nodes");
        Assert.NotEqual(0, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), q => Assert.Equal("Organization", q.GetProperty("speaker").GetProperty("__typename").GetString()));

        // The same names asked for as a person match nothing: the cast is part of the predicate.
        foreach (var name in nodes.Strings("speakerName").Distinct())
        {
            var asPerson = await server.ExecuteAsync(
                """query($name: String!) { quotations(where: { speakerPerson: { name: { eq: $name } } }) { totalCount } }""",
                new Dictionary<string, object?> { ["name"] = name });
            Assert.Equal(0, asPerson.DataWithoutErrors().GetProperty("quotations").GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task Quotations_by_a_person_filter_are_all_said_by_that_person()
    {
        var response = await server.ExecuteAsync("""
            { quotations(where: { speakerPerson: { aliases: { some: { eq: "AMLO" } } } }) { totalCount nodes { speakerPerson { name } } } }
            """);

        var quotations = response.DataWithoutErrors().GetProperty("quotations");
        Assert.True(quotations.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(quotations.GetProperty("nodes").EnumerateArray(),
            q => Assert.Equal("Andrés Manuel López Obrador", q.GetProperty("speakerPerson").GetProperty("name").GetString()));
    }
}
