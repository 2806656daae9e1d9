namespace KnowledgeApi.Ingestion.Tests.Extraction;

public sealed class FragmentRuleTests
{
    [Fact]
    public void Scare_quotes_inside_a_sentence_are_fragments()
    {
        var article = ExtractionHarness.Extract("The mayor called the protesters “thugs” and promised “order” in the city.");

        Assert.All(article.Quotations, q => Assert.True(q.IsFragment));
        Assert.Equal(["thugs", "order"], article.Quotations.Select(q => q.Text));
        Assert.All(article.Quotations, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void A_title_after_titled_is_a_fragment_however_long()
    {
        var article = ExtractionHarness.Extract("The paper ran an editorial titled “Why the strike must end before the harvest begins.”");

        Assert.True(Assert.Single(article.Quotations).IsFragment);
    }

    [Fact]
    public void A_short_quotation_that_is_a_whole_utterance_is_not_a_fragment()
    {
        var article = ExtractionHarness.Extract("Salinas smiled. “Neither do speeches,” he said.");

        Assert.False(Assert.Single(article.Quotations).IsFragment);
    }
}
