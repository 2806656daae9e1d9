using KnowledgeApi.Ingestion.Reading;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Tests.Reading;

public sealed class HeaderLineTests
{
    [Theory]
    [InlineData("6 November 2019", "2019-11-06", DatePrecision.Day)]
    [InlineData("November 6, 2019", "2019-11-06", DatePrecision.Day)]
    [InlineData("Nov. 6, 2019", "2019-11-06", DatePrecision.Day)]
    [InlineData("Wednesday 6th November 2019", "2019-11-06", DatePrecision.Day)]
    [InlineData("Mon 3 Feb 2020 14.05 GMT", "2020-02-03", DatePrecision.Day)]
    [InlineData("Published: 2021-03-05", "2021-03-05", DatePrecision.Day)]
    [InlineData("Updated on March 2, 2022 at 4:30 pm EST", "2022-03-02", DatePrecision.Day)]
    [InlineData("2021-03", "2021-03-01", DatePrecision.Month)]
    [InlineData("November 2019", "2019-11-01", DatePrecision.Month)]
    [InlineData("1996", "1996-01-01", DatePrecision.Year)]
    [InlineData("*17 January 2021*", "2021-01-17", DatePrecision.Day)]
    public void Date_lines_give_the_date_and_how_precise_it_is(string line, string date, DatePrecision precision)
    {
        var parsed = PublicationDateParser.Parse(line);

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), parsed!.Value.Date);
        Assert.Equal(precision, parsed.Value.Precision);
    }

    [Theory]
    [InlineData("The widely reported speech was a trial balloon in 2019.")]
    [InlineData("31 February 2020")]
    [InlineData("6 2019")]
    [InlineData("May Smith")]
    [InlineData("Eric London")]
    [InlineData("3000")]
    public void Lines_that_are_not_only_a_date_are_not_dates(string line) =>
        Assert.Null(PublicationDateParser.Parse(line));

    [Theory]
    [InlineData("Eric London", new[] { "Eric London" }, null)]
    [InlineData("By Jane Roe and John Doe (AP)", new[] { "Jane Roe", "John Doe" }, "AP")]
    [InlineData("Ana Pérez, Luis Gómez & Kim Lee", new[] { "Ana Pérez", "Luis Gómez", "Kim Lee" }, null)]
    [InlineData("Tom Baker, Reuters", new[] { "Tom Baker" }, "Reuters")]
    [InlineData("By Madonna", new[] { "Madonna" }, null)]
    [InlineData("Ludwig van Beethoven and J. R. Smith", new[] { "Ludwig van Beethoven", "J. R. Smith" }, null)]
    public void Bylines_give_the_authors_in_order_and_the_agency(string line, string[] authors, string? agency)
    {
        var byline = BylineParser.Parse(line);

        Assert.Equal(authors, byline!.Authors);
        Assert.Equal(agency, byline.Agency);
    }

    [Theory]
    [InlineData("Body.")]
    [InlineData("Donald Trump threatened to deploy US soldiers to Mexico yesterday.")]
    [InlineData("Environment Agency chief says budget cuts left towns exposed")]
    [InlineData("Reuters")]
    public void Sentences_and_lone_words_are_not_bylines(string line) =>
        Assert.Null(BylineParser.Parse(line));
}
