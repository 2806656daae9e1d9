using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Ingestion.Tests.Extraction;

/// <summary>Facts the seed articles state, checked on what extraction makes of them.</summary>
public sealed class SeedFactsTests
{
    private static readonly ArticleExtractor Extractor = new(CorpusArticle.Gazetteer);
    private static readonly ExtractedArticle November2019 = Extractor.Extract(CorpusArticle.Named("seed_000_bd5966101cee13de").Text);
    private static readonly ExtractedArticle January2021 = Extractor.Extract(CorpusArticle.Named("seed_004_4e837f471b77d24d").Text);

    [Fact]
    public void The_November_2019_article_quotes_Donald_Trump()
    {
        var quotation = November2019.Quotations.Single(q => q.Text.StartsWith("This is the time for Mexico", StringComparison.Ordinal));

        Assert.Equal("Donald Trump", SpeakerName(November2019, quotation));
        Assert.Equal("tweeted", quotation.Verb);
        Assert.False(quotation.IsFragment);
    }

    [Fact]
    public void The_November_2019_article_quotes_Carlos_Gaytan_Ochoa_by_his_surname()
    {
        var quotation = November2019.Quotations.Single(q => q.Text == "We are worried about the Mexico of today,");

        Assert.Equal("Carlos Gaytán Ochoa", SpeakerName(November2019, quotation));
        var gaytan = November2019.Entities.Single(e => e.Name == "Carlos Gaytán Ochoa");
        Assert.Equal(EntityKind.Person, gaytan.Kind);
        Assert.False(gaytan.Confirmed);
    }

    [Fact]
    public void The_January_2021_article_quotes_Leon_Trotsky()
    {
        var trotsky = January2021.Quotations.Where(q => SpeakerName(January2021, q) == "Leon Trotsky").Select(q => q.Text).ToList();

        Assert.Contains("absolutely incapable of developing democratic rule.", trotsky);
        Assert.Contains(trotsky, t => t.StartsWith("If the national bourgeoisie", StringComparison.Ordinal));
    }

    [Fact]
    public void AMLO_and_Lopez_Obrador_are_one_confirmed_entity_quoted_in_both_articles()
    {
        foreach (var article in new[] { November2019, January2021 })
        {
            var amlo = article.Entities.Single(e => e.Name == "Andrés Manuel López Obrador");
            Assert.True(amlo.Confirmed);
            var forms = article.Mentions.Where(m => m.EntityKey == amlo.Key).Select(m => m.SurfaceForm).ToHashSet();
            Assert.Contains("AMLO", forms);
            Assert.Contains(article.Quotations, q => q.Speaker?.EntityKey == amlo.Key);
        }

        var lopezObradorForms = January2021.Mentions.Where(m => m.SurfaceForm is "López Obrador" or "Andrés Manuel López Obrador").ToList();
        Assert.NotEmpty(lopezObradorForms);
        Assert.Single(lopezObradorForms.Select(m => m.EntityKey).Distinct());
    }

    [Fact]
    public void The_Washington_Post_speaks_its_columns_quotations()
    {
        var post = November2019.Quotations.Where(q => SpeakerName(November2019, q) == "The Washington Post").ToList();

        Assert.Contains(post, q => q.Text.StartsWith("If it can happen in Santiago", StringComparison.Ordinal));
        Assert.Contains(post, q => q.Text.StartsWith("Chile lacks a populist movement", StringComparison.Ordinal) && q.Parts.Count == 2);
    }

    [Fact]
    public void The_relative_of_the_slain_is_an_unnamed_speaker()
    {
        var quotation = November2019.Quotations.Single(q => q.Text.StartsWith("the ATF", StringComparison.Ordinal));

        Assert.Null(quotation.Speaker!.EntityKey);
        Assert.Equal("A relative of the slain women and children", quotation.Speaker.Descriptor);
        Assert.DoesNotContain(November2019.Entities, e => e.Name.Contains("relative", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Headline_scare_quotes_are_fragments()
    {
        var war = November2019.Quotations.Single(q => q.Span.Paragraph == TextSpan.TitleParagraph);

        Assert.Equal("war", war.Text);
        Assert.True(war.IsFragment);
    }

    [Fact]
    public void Dated_coups_are_the_gazetteer_events_with_their_dates()
    {
        var chile = November2019.Entities.Single(e => e.Name == "1973 Chilean coup d'état");
        var capitol = January2021.Entities.Single(e => e.Kind == EntityKind.Event && e.StartsOn == new DateOnly(2021, 1, 6));

        Assert.Equal(new DateOnly(1973, 9, 11), chile.StartsOn);
        Assert.True(capitol.Confirmed);
        Assert.Contains(January2021.Mentions, m => m.EntityKey == capitol.Key && m.SurfaceForm == "January 6 coup attempt");
    }

    [Fact]
    public void Mexican_President_links_Lopez_Obrador_to_Mexico()
    {
        var amlo = November2019.Entities.Single(e => e.Name == "Andrés Manuel López Obrador");
        var mexico = November2019.Entities.Single(e => e.Name == "Mexico");

        Assert.Contains(November2019.Links, l => l.FromKey == amlo.Key && l.ToKey == mexico.Key && l.Relation == "president");
    }

    private static string? SpeakerName(ExtractedArticle article, ExtractedQuotation quotation) =>
        quotation.Speaker?.EntityKey is { } key ? article.Entities.Single(e => e.Key == key).Name : null;
}
