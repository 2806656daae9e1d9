using KnowledgeApi.GraphQL.Data.Sorting;
using KnowledgeApi.GraphQL.Data.Tests.Filtering;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Language;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.GraphQL.Data.Tests.Sorting;

/// <summary>
/// An <c>order</c> literal applied to the SQLite library gives the order LINQ-to-objects gives,
/// and the ordering happens in SQL (ORDER BY), in priority order.
/// </summary>
[Collection(LibraryCollection.Name)]
public sealed class SortExpressionTests(LibraryFixture library)
{
    private static readonly Dictionary<string, Func<IEnumerable<Book>, IEnumerable<Book>>> Cases = new()
    {
        ["[{ pages: DESC }, { id: ASC }]"] = books => books.OrderByDescending(b => b.Pages).ThenBy(b => b.Id),
        ["[{ title: ASC }, { id: DESC }]"] = books => books.OrderBy(b => b.Title, StringComparer.Ordinal).ThenByDescending(b => b.Id),
        ["[{ edition: ASC }, { id: ASC }]"] = books => books.OrderBy(b => b.Edition).ThenBy(b => b.Id),
        ["[{ edition: DESC }, { id: ASC }]"] = books => books.OrderByDescending(b => b.Edition).ThenBy(b => b.Id),
        ["[{ genre: ASC }, { rating: DESC }, { id: ASC }]"] = books => books.OrderBy(b => b.Genre).ThenByDescending(b => b.Rating).ThenBy(b => b.Id),
        ["[{ genre: DESC, pages: ASC }, { id: ASC }]"] = books => books.OrderByDescending(b => b.Genre).ThenBy(b => b.Pages).ThenBy(b => b.Id),
        ["[{ publishedAt: DESC }, { id: ASC }]"] = books => books.OrderByDescending(b => b.PublishedAt).ThenBy(b => b.Id),
        ["[{ updatedAt: ASC }, { id: ASC }]"] = books => books.OrderBy(b => b.UpdatedAt).ThenBy(b => b.Id),
        ["[{ releaseDay: ASC }, { id: DESC }]"] = books => books.OrderBy(b => b.ReleaseDay).ThenByDescending(b => b.Id),
        ["[{ isbn: DESC }]"] = books => books.OrderByDescending(b => b.Isbn),
        ["[{ inPrint: ASC }, { signed: DESC }, { id: ASC }]"] = books => books.OrderBy(b => b.InPrint).ThenByDescending(b => b.Signed).ThenBy(b => b.Id),
        ["[{ author: { name: ASC } }, { id: ASC }]"] = books => books.OrderBy(b => b.Author.Name, StringComparer.Ordinal).ThenBy(b => b.Id),
        ["[{ author: { country: DESC } }, { title: ASC }, { id: ASC }]"] =
            books => books.OrderByDescending(b => b.Author.Country, StringComparer.Ordinal).ThenBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id),
        ["[{ price: ASC }, { id: ASC }]"] = books => books.OrderBy(b => b.Price).ThenBy(b => b.Id),
        ["[{ discountPrice: DESC }, { id: ASC }]"] = books => books.OrderByDescending(b => b.DiscountPrice).ThenBy(b => b.Id),
        ["{ id: DESC }"] = books => books.OrderByDescending(b => b.Id),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task The_order_is_the_linq_to_objects_order_and_runs_in_sql(string order)
    {
        var expected = Cases[order](library.Data.Books).Select(b => b.Id).ToList();
        var capture = new SqlCapture();
        await using var context = library.CreateContext(capture);
        var sorted = (IQueryable<Book>)SortingMiddleware.Apply<Book>(context.Books, LibrarySchema.BookSort, Parser.ParseValue(order))!;

        var actual = await sorted.Select(b => b.Id).ToListAsync();

        Assert.Equal(expected, actual);
        Assert.Contains("ORDER BY", Assert.Single(capture.Commands).Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_entry_is_the_primary_key_and_later_ones_break_ties()
    {
        var keys = SortVisitor.Visit<Book>(LibrarySchema.BookSort, Parser.ParseValue("[{ genre: DESC }, { author: { name: ASC } }, { id: ASC }]"));

        Assert.Equal(["x => x.Genre", "x => x.Author.Name", "x => x.Id"], keys.Select(k => k.Selector.ToString()));
        Assert.Equal([true, false, false], keys.Select(k => k.Descending));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("[{}]")]
    [InlineData("[{ author: {} }]")]
    public void An_order_that_asks_for_nothing_leaves_the_query_alone(string order)
    {
        var source = library.Data.Books.AsQueryable();
        Assert.Same(source, SortingMiddleware.Apply<Book>(source, LibrarySchema.BookSort, Parser.ParseValue(order)));
    }

    [Fact]
    public void A_plain_sequence_is_sorted_in_memory()
    {
        var sorted = (IEnumerable<Tag>)SortingMiddleware.Apply<Tag>(library.Data.Tags, LibrarySchema.TagSort, Parser.ParseValue("{ name: DESC }"))!;
        Assert.Equal(library.Data.Tags.Select(t => t.Name).Order(StringComparer.Ordinal).Reverse(), sorted.Select(t => t.Name));
    }
}
