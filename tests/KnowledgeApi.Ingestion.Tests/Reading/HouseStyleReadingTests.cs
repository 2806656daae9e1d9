using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Tests.Reading;

public sealed class HouseStyleReadingTests
{
    [Fact]
    public async Task A_wire_story_keeps_its_dateline_as_metadata_and_credits_the_agency()
    {
        var article = await ArticleSamples.ReadSampleAsync("wire_dateline.txt");

        Assert.Equal("Senate passes stopgap spending bill hours before shutdown deadline", article.Title);
        Assert.Equal(["Jane Roe", "John Doe"], article.Authors);
        Assert.Equal("AP", article.Agency);
        Assert.Equal(new PublishedDateExpectation(2024, 3, 14, DatePrecision.Day), PublishedDateExpectation.Of(article));
        Assert.Equal(new Ingestion.Reading.Dateline("WASHINGTON", "AP"), article.Dateline);
        Assert.StartsWith("The Senate on Thursday passed", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Null(article.Publisher);
    }

    [Fact]
    public async Task A_british_article_has_a_subtitle_a_dated_time_line_and_a_publisher_header()
    {
        var article = await ArticleSamples.ReadSampleAsync("british_single_quotes.txt");

        Assert.Equal("Ministers ‘ignored warnings’ over flood defences, report finds", article.Title);
        Assert.Equal("Environment Agency chief says budget cuts left towns exposed", article.Subtitle);
        Assert.Equal(["Helen Pidd"], article.Authors);
        Assert.Equal(new PublishedDateExpectation(2020, 2, 3, DatePrecision.Day), PublishedDateExpectation.Of(article));
        Assert.Equal("The Guardian", article.Publisher);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal("‘We were told the money simply was not there,’ said Sir James Bevan, the chief executive of the Environment Agency. ‘That was a choice.’", article.Paragraphs[1]);
    }

    [Fact]
    public async Task A_year_alone_is_stored_with_year_precision()
    {
        var article = await ArticleSamples.ReadSampleAsync("year_only.txt");

        Assert.Equal(["David North"], article.Authors);
        Assert.Equal(new PublishedDateExpectation(1996, 1, 1, DatePrecision.Year), PublishedDateExpectation.Of(article));
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public async Task An_emphasised_subtitle_several_authors_and_a_month_are_read()
    {
        var article = await ArticleSamples.ReadSampleAsync("italic_subtitle_month.txt");

        Assert.Equal("Teachers strike across three states", article.Title);
        Assert.Equal("Walkouts spread as unions face pressure to settle", article.Subtitle);
        Assert.Equal(["Ana Pérez", "Luis Gómez", "Kim Lee"], article.Authors);
        Assert.Equal(new PublishedDateExpectation(2019, 11, 1, DatePrecision.Month), PublishedDateExpectation.Of(article));
        Assert.Equal(
            ["Teachers in three states walked off the job on Monday.",
             "The strike began after talks collapsed over the weekend, and the unions said they would not return until class sizes were capped."],
            article.Paragraphs);
    }

    [Fact]
    public async Task Markdown_links_images_emphasis_escapes_and_headings_become_plain_text()
    {
        var article = await ArticleSamples.ReadSampleAsync("markdown_links.md");

        Assert.Equal("Workers rally against austerity in Athens", article.Title);
        Assert.Equal(["Maria Kostas"], article.Authors);
        Assert.Equal(new PublishedDateExpectation(2015, 7, 5, DatePrecision.Day), PublishedDateExpectation.Of(article));
        Assert.Equal(
            ["Thousands gathered in Syntagma Square on Sunday after the referendum result was announced, reported Kathimerini.",
             "The vote's organisers called it a *historic* day; the file name new_results_final stayed as it was.",
             "What comes next",
             "Negotiations resume in Brussels on Tuesday."],
            article.Paragraphs);
    }

    [Fact]
    public async Task Crlf_lines_straight_quotes_an_iso_date_and_a_split_quotation_are_handled()
    {
        var article = await ArticleSamples.ReadSampleAsync("straight_quotes_crlf.txt");

        Assert.Equal("\"We will not back down,\" says union leader", article.Title);
        Assert.Equal(["Tom Baker"], article.Authors);
        Assert.Equal("Reuters", article.Agency);
        Assert.Equal(new PublishedDateExpectation(2021, 3, 5, DatePrecision.Day), PublishedDateExpectation.Of(article));
        Assert.Equal(new Ingestion.Reading.Dateline("LONDON, England", "Reuters"), article.Dateline);
        Assert.Equal(
            ["The head of the transport union said on Friday that \"the members have spoken, and we will stand by them until the end.\" Talks are set to resume.",
             "Her deputy added: \"Nothing is settled.\""],
            article.Paragraphs);
    }

    [Fact]
    public async Task A_footer_spelt_with_dots_is_still_the_wsws_and_a_split_before_a_quotation_is_rejoined()
    {
        var article = await ArticleSamples.ReadSampleAsync("wsws_footer_variant.txt");

        Assert.Equal("World Socialist Web Site", article.Publisher);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.EndsWith("which had promoted the deal as \"historic.\"", article.Paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_the_same_article_with_other_blank_lines_gives_the_same_hash()
    {
        var tight = ArticleSamples.ReadText("# Title\nJo Bloggs\n2020\n\nOne.\n\nTwo.\n");
        var loose = ArticleSamples.ReadText("\n\n# Title\n\nJo Bloggs\n\n\n2020\n\n\nOne.\n\n\n\nTwo.   \n\n");
        var edited = ArticleSamples.ReadText("# Title\nJo Bloggs\n2020\n\nOne.\n\nTwo!\n");

        Assert.Equal(tight.ContentHash, loose.ContentHash);
        Assert.NotEqual(tight.ContentHash, edited.ContentHash);
    }
}
