using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Ingestion.Tests.Extraction;

public sealed class VocabularyTests
{
    [Fact]
    public void The_reporting_verb_list_holds_at_least_sixty_verbs()
    {
        var lemmas = new[] { "said", "tweeted", "warned", "declared", "wrote", "stated", "claimed", "insisted", "argued", "noted", "explained", "proclaimed", "replied", "gushed" }
            .Select(ReportingVerbs.LemmaOf)
            .ToList();

        Assert.True(ReportingVerbs.LemmaCount >= 60, $"only {ReportingVerbs.LemmaCount} lemmas");
        Assert.Equal(["say", "tweet", "warn", "declare", "write", "state", "claim", "insist", "argue", "note", "explain", "proclaim", "reply", "gush"], lemmas);
        Assert.False(ReportingVerbs.IsReportingVerb("States"));
    }

    [Fact]
    public void The_gazetteer_loads_and_holds_the_entities_the_issue_names()
    {
        var gazetteer = Gazetteer.Load(RepositoryPaths.Combine("seeds", "gazetteer.json"));

        var amlo = gazetteer.Entries.Single(e => e.Name == "Andrés Manuel López Obrador");
        Assert.Contains("AMLO", amlo.Aliases);
        Assert.Contains(gazetteer.Entries, e => e.Name == "Leon Trotsky" && e.Kind == EntityKind.Person);
        Assert.Contains(gazetteer.Entries, e => e.Kind == EntityKind.Event && e.StartsOn == new DateOnly(1973, 9, 11));
        Assert.Contains(gazetteer.Entries, e => e.Aliases.Contains("SEDENA"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"entities\": [{\"kind\": \"Person\"}]}")]
    [InlineData("{\"entities\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"Planet\"}]}")]
    public void A_malformed_gazetteer_gives_a_clear_error(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => Gazetteer.Parse(json));

        Assert.Contains("azetteer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_article_extracts_nothing_without_crashing()
    {
        var extracted = new ArticleExtractor(Gazetteer.Empty).Extract(new ArticleText("", ["", "   ", "“", "”"]));

        Assert.Empty(extracted.Entities);
    }
}
