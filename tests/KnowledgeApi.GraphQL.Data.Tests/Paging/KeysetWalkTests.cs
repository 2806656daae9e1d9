using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.GraphQL.Data.Tests.Paging;

/// <summary>
/// Walks whole result sets page by page with keyset cursors on the SQLite library and checks that
/// every row comes exactly once, in the order the database gives for the same query in one go.
/// </summary>
[Collection(LibraryCollection.Name)]
public sealed class KeysetWalkTests(LibraryFixture library)
{
    /// <summary>Orders with nullable columns, mixed directions and every key type the seek predicate handles.</summary>
    public static TheoryData<string> Orders => [.. OrderCatalog.Names];

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Walking_forward_returns_every_row_once_in_order(string order)
    {
        var expected = await ExpectedIdsAsync(order);
        var walked = new List<int>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            await using var db = library.CreateContext();
            var page = await OrderCatalog.Apply(order, Filtered(db)).ToConnectionAsync(new CursorPagingArguments(37, after, null, null));
            walked.AddRange(page.Edges.Select(e => ((Book)e.Node!).Id));
            Assert.Equal(after is not null, page.PageInfo.HasPreviousPage);
            pages++;
            if (!page.PageInfo.HasNextPage)
            {
                break;
            }

            after = page.PageInfo.EndCursor;
        }

        Assert.Equal(expected, walked);
        Assert.Equal((expected.Count + 36) / 37, pages);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Walking_backward_returns_every_row_once_in_order(string order)
    {
        var expected = await ExpectedIdsAsync(order);
        var walked = new List<int>();
        string? before = null;
        while (true)
        {
            await using var db = library.CreateContext();
            var page = await OrderCatalog.Apply(order, Filtered(db)).ToConnectionAsync(new CursorPagingArguments(null, null, 41, before));
            walked.InsertRange(0, page.Edges.Select(e => ((Book)e.Node!).Id));
            Assert.Equal(before is not null, page.PageInfo.HasNextPage);
            if (!page.PageInfo.HasPreviousPage)
            {
                break;
            }

            before = page.PageInfo.StartCursor;
        }

        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task A_page_between_two_cursors_is_the_slice_between_them()
    {
        const string order = "subtitle asc, edition desc";
        var expected = await ExpectedIdsAsync(order);
        await using var db = library.CreateContext();
        var first = await OrderCatalog.Apply(order, Filtered(db)).ToConnectionAsync(new CursorPagingArguments(50, null, null, null));
        var after = first.Edges[9].Cursor;
        var before = first.Edges[30].Cursor;

        var between = await OrderCatalog.Apply(order, Filtered(db)).ToConnectionAsync(new CursorPagingArguments(50, after, null, before));
        var fromTheEnd = await OrderCatalog.Apply(order, Filtered(db)).ToConnectionAsync(new CursorPagingArguments(null, after, 5, before));

        Assert.Equal(expected[10..30], between.Edges.Select(e => ((Book)e.Node!).Id));
        Assert.Equal(expected[25..30], fromTheEnd.Edges.Select(e => ((Book)e.Node!).Id));
        Assert.True(fromTheEnd.PageInfo.HasPreviousPage);
    }

    [Fact]
    public async Task Total_count_counts_the_filtered_rows_not_the_page()
    {
        await using var db = library.CreateContext();
        var page = await Filtered(db).OrderBy(b => b.Title).ToConnectionAsync(new CursorPagingArguments(3, null, null, null), includeTotalCount: true);

        Assert.Equal(library.Data.Books.Count(IsSelected), page.TotalCount);
        Assert.Equal(3, page.Edges.Count);
    }

    [Fact]
    public async Task The_order_the_database_gives_matches_the_ordinal_order_in_memory()
    {
        // Guards the expectation itself: the walked order is compared with the database's order,
        // which here is shown to be the documented NULLs-first, ordinal order.
        var expected = library.Data.Books.Where(IsSelected)
            .OrderBy(b => b.Subtitle, StringComparer.Ordinal).ThenByDescending(b => b.Edition).ThenBy(b => b.Id)
            .Select(b => b.Id).ToList();

        Assert.Equal(expected, await ExpectedIdsAsync("subtitle asc, edition desc"));
    }

    private static bool IsSelected(Book book) => book.Pages > 150;

    private static IQueryable<Book> Filtered(LibraryDbContext db) => db.Books.AsNoTracking().Where(b => b.Pages > 150);

    private async Task<List<int>> ExpectedIdsAsync(string order)
    {
        await using var db = library.CreateContext();
        return await OrderCatalog.Apply(order, Filtered(db)).ThenBy(b => b.Id).Select(b => b.Id).ToListAsync();
    }
}
