using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Ingestion.Tests.Extraction;

public sealed class QuotationScannerTests
{
    [Fact]
    public void Text_is_exactly_the_characters_between_the_marks()
    {
        var article = ExtractionHarness.Extract("“We will win this strike, whatever it takes,” the union leader said.");

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal("We will win this strike, whatever it takes,", quotation.Text);
        Assert.Equal(new TextSpan(0, 1, quotation.Text.Length), quotation.Span);
    }

    [Fact]
    public void A_quotation_over_several_paragraphs_opens_each_and_closes_only_at_the_end()
    {
        var article = ExtractionHarness.Extract(
            "“The first paragraph of the speech ends here.",
            "“The second paragraph goes on in the same voice.",
            "“And the third one closes it,” the minister said.");

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal(3, quotation.Parts.Count);
        Assert.Equal(
            "The first paragraph of the speech ends here.\nThe second paragraph goes on in the same voice.\nAnd the third one closes it,",
            quotation.Text);
        Assert.Equal([0, 1, 2], quotation.Parts.Select(p => p.Paragraph));
    }

    [Fact]
    public void A_quotation_split_by_the_source_closes_in_the_next_paragraph()
    {
        var article = ExtractionHarness.Extract("They praised the “historic agreement with", "the unions” reached on Friday.");

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal("historic agreement with\nthe unions", quotation.Text);
    }

    [Fact]
    public void British_single_quotes_are_quotations_and_apostrophes_are_not_marks()
    {
        var article = ExtractionHarness.Extract("‘The workers’ patience has run out and we don’t accept Smith’s offer,’ she said.");

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal("The workers’ patience has run out and we don’t accept Smith’s offer,", quotation.Text);
    }

    [Fact]
    public void Apostrophes_alone_make_no_quotation()
    {
        var article = ExtractionHarness.Extract("Trump’s threats and the nurses’ anger don’t go away.");

        Assert.Empty(article.Quotations);
    }

    [Fact]
    public void Straight_double_quotes_open_after_a_space_and_close_after_a_word()
    {
        var article = ExtractionHarness.Extract("He declared: \"This is not the end of the story.\" Then he left.");

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal("This is not the end of the story.", quotation.Text);
    }

    [Fact]
    public void Quotations_in_the_headline_are_found_with_the_title_paragraph()
    {
        var article = ExtractionHarness.ExtractWithTitle("Minister promises “no more cuts to hospitals” after protests", "Nothing else.");

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal(TextSpan.TitleParagraph, quotation.Span.Paragraph);
        Assert.Equal("no more cuts to hospitals", quotation.Text);
    }

    [Fact]
    public void An_unclosed_quotation_runs_to_the_end_without_crashing()
    {
        var article = ExtractionHarness.Extract("She said: “this never closes", "Another paragraph without marks.");

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal("this never closes", quotation.Text);
    }

    [Fact]
    public void Straight_single_quotes_are_quotations_when_they_close_and_stray_ones_open_nothing()
    {
        var article = ExtractionHarness.Extract(
            "'We don't want charity, we want the workers' fair share,' Mr Hale said.",
            "Music from the '90s played while the crowd waited and nobody left.");

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal("We don't want charity, we want the workers' fair share,", quotation.Text);
        Assert.Equal("Hale", article.SpeakerOf("We don't"));
    }

    [Fact]
    public void A_headline_quotation_is_attributed_by_its_own_reporting_verb()
    {
        var article = ExtractionHarness.ExtractWithTitle("“We will not back down on pay,” says Maria Ortiz", "Teachers met on Monday.");

        Assert.Equal("Maria Ortiz", article.SpeakerOf("We will not back down"));
    }
}
