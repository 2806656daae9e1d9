using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

[Collection(LibraryCollection.Name)]
public sealed class ParentPagingTests(LibraryFixture library)
{
    [Fact]
    public async Task Pages_of_many_parents_come_from_one_statement_with_a_window_function()
    {
        var capture = new SqlCapture();
        await using var db = library.CreateContext(capture);
        var bookIds = library.Data.Books.Take(60).Select(b => b.Id).ToList();

        var pages = await db.Reviews.ToPagesByParentAsync(bookIds, r => r.BookId, q => q.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id), 3);

        var sql = capture.SingleSql;
        Assert.Contains("ROW_NUMBER() OVER(PARTITION BY \"r0\".\"BookId\" ORDER BY \"r0\".\"CreatedAt\" DESC, \"r0\".\"Id\")", sql, StringComparison.Ordinal);
        Assert.Contains("\"BookId\" IN (", sql, StringComparison.Ordinal);
        foreach (var bookId in bookIds)
        {
            var (ids, hasNextPage) = LibraryAnswers.NewestReviews(library.Data, bookId, 3);
            Assert.Equal(ids, pages[bookId].Items.Select(r => r.Id));
            Assert.Equal(hasNextPage, pages[bookId].HasNextPage);
        }

        // The data set must exercise every case, or the loop above proves less than it claims.
        Assert.Contains(pages.Values, p => p.HasNextPage);
        Assert.Contains(pages.Values, p => p.Items.Count is > 0 and <= 3 && !p.HasNextPage);
        Assert.Contains(pages.Values, p => p.Items.Count == 0);
    }

    [Fact]
    public async Task The_page_size_and_keys_are_parameters_and_a_parent_without_children_gets_an_empty_page()
    {
        var capture = new SqlCapture();
        await using var db = library.CreateContext(capture);
        var author = library.Data.Authors.First(a => a.Books.Count > 5);

        var pages = await db.Books.ToPagesByParentAsync([author.Id, -7], b => b.AuthorId, q => q.OrderBy(b => b.Title).ThenBy(b => b.Id), 5);

        var expected = author.Books.OrderBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id).Take(5).Select(b => b.Id);
        Assert.Equal(expected, pages[author.Id].Items.Select(b => b.Id));
        Assert.True(pages[author.Id].HasNextPage);
        Assert.Empty(pages[-7].Items);
        Assert.False(pages[-7].HasNextPage);

        var command = Assert.Single(capture.Commands);
        Assert.Contains(command.Parameters.Values, v => Equals(v, 6));
        Assert.Contains(command.Parameters.Values, v => Equals(v, -7));
        Assert.DoesNotContain("-7", command.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_applied_before_paging_is_part_of_the_same_statement()
    {
        var capture = new SqlCapture();
        await using var db = library.CreateContext(capture);
        var bookIds = library.Data.Books.Take(40).Select(b => b.Id).ToList();

        var pages = await db.Reviews.Where(r => r.Stars >= 4)
            .ToPagesByParentAsync(bookIds, r => r.BookId, q => q.OrderBy(r => r.Id), 2);

        foreach (var bookId in bookIds)
        {
            var expected = library.Data.Reviews.Where(r => r.BookId == bookId && r.Stars >= 4).OrderBy(r => r.Id).Select(r => r.Id).ToList();
            Assert.Equal(expected.Take(2), pages[bookId].Items.Select(r => r.Id));
            Assert.Equal(expected.Count > 2, pages[bookId].HasNextPage);
        }

        Assert.Contains("\"Stars\" >= 4", capture.SingleSql, StringComparison.Ordinal);
    }

    [Fact]
    public void The_query_can_be_inspected_before_it_runs()
    {
        using var db = library.CreateContext();

        var sql = db.Books.PagesByParent([1, 2], b => b.AuthorId, q => q.OrderByDescending(b => b.Rating).ThenBy(b => b.Id), 10).ToQueryString();

        Assert.Contains("PARTITION BY \"b0\".\"AuthorId\" ORDER BY \"b0\".\"Rating\" DESC, \"b0\".\"Id\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordering_that_does_more_than_order_is_refused()
    {
        using var db = library.CreateContext();

        var error = Assert.Throws<ArgumentException>(() =>
            db.Books.PagesByParent([1], b => b.AuthorId, q => q.Where(b => b.Pages > 10).OrderBy(b => b.Id), 10));

        Assert.Contains("OrderBy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Child_counts_of_many_parents_come_from_one_grouped_statement()
    {
        var capture = new SqlCapture();
        await using var db = library.CreateContext(capture);
        var bookIds = library.Data.Books.Take(80).Select(b => b.Id).Append(-3).ToList();

        var counts = await db.Reviews.CountByParentAsync(bookIds, r => r.BookId);

        Assert.Contains("GROUP BY \"r\".\"BookId\"", capture.SingleSql, StringComparison.Ordinal);
        Assert.Contains("COUNT(*)", capture.SingleSql, StringComparison.Ordinal);
        foreach (var bookId in bookIds)
        {
            Assert.Equal(library.Data.Reviews.Count(r => r.BookId == bookId), counts[bookId]);
        }

        Assert.Equal(0, counts[-3]);
    }
}
