using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Ingestion.Tests.Extraction;

public sealed class EntityRuleTests
{
    [Fact]
    public void Mentions_of_one_person_by_different_names_share_one_key()
    {
        var article = ExtractionHarness.Extract("Donald Trump spoke on Monday. President Trump then left, and Trump’s aides stayed.");

        var trump = article.Entity("Donald Trump");
        Assert.True(trump.Confirmed);
        Assert.Equal(3, article.Mentions.Count(m => m.EntityKey == trump.Key));
        Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void Titles_and_honorifics_introduce_a_person_without_becoming_part_of_the_name()
    {
        var article = ExtractionHarness.Extract("Health Secretary Steve Barclay met the nurses. Mr Barclay said little.");

        var barclay = article.Entity("Steve Barclay");
        Assert.False(barclay.Confirmed);
        Assert.Equal(EntityKind.Person, barclay.Kind);
        Assert.Contains(article.Mentions, m => m.EntityKey == barclay.Key && m.SurfaceForm == "Barclay");
    }

    [Fact]
    public void Every_suffix_of_a_full_name_and_the_first_spanish_surname_refer_to_it()
    {
        var article = ExtractionHarness.Extract(
            "Retired General Carlos Gaytán Ochoa gave a speech. Gaytán Ochoa is well known. Ochoa spoke again. Later, Gaytán left.");

        var gaytan = article.Entity("Carlos Gaytán Ochoa");
        var forms = article.Mentions.Where(m => m.EntityKey == gaytan.Key).Select(m => m.SurfaceForm).ToList();
        Assert.Equal(["Carlos Gaytán Ochoa", "Gaytán Ochoa", "Ochoa", "Gaytán"], forms);
        Assert.Single(article.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void An_acronym_defined_in_parentheses_is_an_alias_of_the_organisation()
    {
        var article = ExtractionHarness.Extract(
            "The plan was agreed with the National Union of Education Workers (SNTE) on Friday. The SNTE welcomed it.");

        var union = article.Entity("National Union of Education Workers");
        Assert.Equal(EntityKind.Organization, union.Kind);
        Assert.Contains("SNTE", union.Aliases);
        Assert.Equal(3, article.Mentions.Count(m => m.EntityKey == union.Key));
    }

    [Fact]
    public void Known_as_in_parentheses_defines_an_alias_of_a_new_person()
    {
        var article = ExtractionHarness.Extract("The singer Maria Fernanda Ruiz (known as Mafe) arrived. Mafe sang.");

        var singer = article.Entity("Maria Fernanda Ruiz");
        Assert.Contains("Mafe", singer.Aliases);
        Assert.Contains(article.Mentions, m => m.EntityKey == singer.Key && m.SurfaceForm == "Mafe" && m.Span.Start > 40);
    }

    [Fact]
    public void Aliases_match_without_accents()
    {
        var article = ExtractionHarness.Extract("President Andres Manuel Lopez Obrador spoke. Lopez Obrador then left.");

        var amlo = article.Entity("Andrés Manuel López Obrador");
        Assert.Equal(["Andres Manuel Lopez Obrador", "Lopez Obrador"], article.Mentions.Where(m => m.EntityKey == amlo.Key).Select(m => m.SurfaceForm));
    }

    [Fact]
    public void Upper_case_aliases_match_only_in_upper_case()
    {
        var article = ExtractionHarness.Extract("The WHO warned the doctors who treated patients.");

        var who = article.Entity("World Health Organization");
        Assert.Single(article.Mentions, m => m.EntityKey == who.Key);
    }

    [Fact]
    public void Sentence_starts_days_months_and_nationalities_are_not_entities()
    {
        var article = ExtractionHarness.Extract(
            "Currently the Mexican and Chilean workers strike. On Saturday in November, Opinion polls changed. Mexicans marched.");

        Assert.DoesNotContain(article.Entities, e => e.Kind is EntityKind.Person or EntityKind.Organization);
    }

    [Fact]
    public void Organisation_cues_make_organisations_and_rule_entities_are_unconfirmed()
    {
        var article = ExtractionHarness.Extract("He joined the Workers Revolutionary Party in 1970 and later the Federal Mining Bureau.");

        Assert.Equal(EntityKind.Organization, article.Entity("Workers Revolutionary Party").Kind);
        Assert.Equal(EntityKind.Organization, article.Entity("Federal Mining Bureau").Kind);
        Assert.All(article.Entities.Where(e => e.Name.Contains("Party", StringComparison.Ordinal)), e => Assert.False(e.Confirmed));
    }

    [Fact]
    public void Membership_and_roles_stated_in_the_text_become_links()
    {
        var article = ExtractionHarness.Extract(
            "Ana Torres, a member of the Socialist Equality Party, spoke first. Mexican President Andrés Manuel López Obrador replied.");

        var torres = article.Entity("Ana Torres");
        var sep = article.Entity("Socialist Equality Party");
        Assert.Contains(article.Links, l => l.FromKey == torres.Key && l.ToKey == sep.Key && l.Relation == "member");
        Assert.Contains(article.Links, l => l.ToKey == article.Entity("Mexico").Key && l.Relation == "president");
    }

    [Fact]
    public void A_dated_event_the_gazetteer_lacks_keeps_the_date_the_text_gives()
    {
        var article = ExtractionHarness.Extract("Soldiers still remember the massacre of October 2, 1968 in the capital.");

        var massacre = Assert.Single(article.Entities, e => e.Kind == EntityKind.Event);
        Assert.False(massacre.Confirmed);
        Assert.Equal(new DateOnly(1968, 10, 2), massacre.StartsOn);
    }

    [Fact]
    public void A_nationality_that_opens_an_organisations_name_stays_in_it()
    {
        var article = ExtractionHarness.Extract("He joined the Mexican Electricians Union in 1990. Mexican President Salinas said nothing.");

        Assert.Equal(EntityKind.Organization, article.Entity("Mexican Electricians Union").Kind);
        Assert.DoesNotContain(article.Entities, e => e.Name.StartsWith("Mexican President", StringComparison.Ordinal));
    }
}
