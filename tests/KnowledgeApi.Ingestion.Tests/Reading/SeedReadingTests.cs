using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Tests.Reading;

public sealed class SeedReadingTests
{
    private const string FirstSeed = "000_bd5966101cee13de.txt";
    private const string SecondSeed = "004_4e837f471b77d24d.txt";

    [Fact]
    public async Task The_first_seed_has_its_title_author_day_and_the_wsws_as_publisher()
    {
        var article = await ArticleSamples.ReadSeedAsync(FirstSeed);

        Assert.Equal(FirstSeed, article.SourceName);
        Assert.Equal("Trump calls for US troops to wage “war” on drug cartels in Mexico", article.Title);
        Assert.Null(article.Subtitle);
        Assert.Equal(["Eric London"], article.Authors);
        Assert.Equal(new DateOnly(2019, 11, 6), article.PublishedOn!.Value.Date);
        Assert.Equal(DatePrecision.Day, article.PublishedOn.Value.Precision);
        Assert.Equal("World Socialist Web Site", article.Publisher);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public async Task The_first_seed_rejoins_the_quotation_a_page_break_split()
    {
        var article = await ArticleSamples.ReadSeedAsync(FirstSeed);

        Assert.Equal(24, article.Paragraphs.Count);
        Assert.StartsWith("Donald Trump threatened to deploy US soldiers", article.Paragraphs[0], StringComparison.Ordinal);
        var rejoined = Assert.Single(article.Paragraphs, p => p.Contains("he should work to", StringComparison.Ordinal));
        Assert.Contains("he should work to decrease drug consumption in the US", rejoined, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("decrease", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.Contains("in Santiago, it could happen anywhere.", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.Contains("a necessary instrument for dissipating social opposition.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_footer_with_its_misspelt_site_name_and_link_is_gone()
    {
        var article = await ArticleSamples.ReadSeedAsync(FirstSeed);

        Assert.StartsWith("Relying on AMLO and the Mexican ruling class", article.Paragraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("contact", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Markdown_emphasis_is_removed_but_quotation_marks_stay_as_written()
    {
        var article = await ArticleSamples.ReadSeedAsync(FirstSeed);

        Assert.Contains(article.Paragraphs, p => p.Contains("column in the Washington Post titled “Chile’s violence", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains('*', StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_second_seed_reads_an_author_and_date_on_consecutive_lines()
    {
        var article = await ArticleSamples.ReadSeedAsync(SecondSeed);

        Assert.Equal("Silent on coup attempt, Mexico's AMLO defends Trump against “censorship”", article.Title);
        Assert.Equal(["Andrea Lobo"], article.Authors);
        Assert.Equal(new PublishedDateExpectation(2021, 1, 17, DatePrecision.Day), PublishedDateExpectation.Of(article));
        Assert.Equal("World Socialist Web Site", article.Publisher);
        Assert.Equal(22, article.Paragraphs.Count);
        Assert.StartsWith("To oppose the threat of fascism", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_seed_rejoins_splits_in_straight_and_curly_quotations()
    {
        var article = await ArticleSamples.ReadSeedAsync(SecondSeed);

        Assert.Contains(article.Paragraphs, p => p.Contains("like our Constitution says... We will not intervene", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.Contains("some days earlier and I always say what I think", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.Contains("\"groundbreaking agreement with Mexico\" to force asylum seekers", StringComparison.Ordinal));

        // A paragraph ending in a colon introduces the next one; it is not a page break.
        Assert.Contains(article.Paragraphs, p => p.EndsWith("Trump gushed:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Word_count_and_content_hash_describe_the_cleaned_body()
    {
        var first = await ArticleSamples.ReadSeedAsync(FirstSeed);
        var again = await ArticleSamples.ReadSeedAsync(FirstSeed);
        var second = await ArticleSamples.ReadSeedAsync(SecondSeed);

        var expectedWords = first.Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)));
        Assert.Equal(expectedWords, first.WordCount);
        Assert.InRange(first.WordCount, 1000, 1500);
        Assert.Equal(first.ContentHash, again.ContentHash);
        Assert.NotEqual(first.ContentHash, second.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", first.ContentHash);
    }
}

internal sealed record PublishedDateExpectation(int Year, int Month, int Day, DatePrecision Precision)
{
    public static PublishedDateExpectation? Of(Ingestion.Reading.ArticleDocument article) =>
        article.PublishedOn is { } date ? new(date.Date.Year, date.Date.Month, date.Date.Day, date.Precision) : null;
}
