using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.Data.Tests.Paging;

/// <summary>The cursor's contract: opaque, bound to its order, refused when forged, and turned into a parameterised seek in SQL.</summary>
[Collection(LibraryCollection.Name)]
public sealed class KeysetCursorTests(LibraryFixture library)
{
    [Fact]
    public async Task The_page_after_a_cursor_is_one_query_with_a_parameterised_seek_and_no_offset()
    {
        await using var db = library.CreateContext();
        var first = await db.Books.OrderBy(b => b.Subtitle).ThenByDescending(b => b.Edition)
            .ToConnectionAsync(new CursorPagingArguments(10, null, null, null));
        var sql = new SqlCapture();
        await using var capturing = library.CreateContext(sql);

        await capturing.Books.OrderBy(b => b.Subtitle).ThenByDescending(b => b.Edition)
            .ToConnectionAsync(new CursorPagingArguments(10, first.PageInfo.EndCursor, null, null));

        var command = Assert.Single(sql.Commands);
        Assert.DoesNotContain("OFFSET", command.Sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(command.Parameters.Values, v => Convert.ToInt64(v) == 11);
        var parameters = string.Join('\n', command.Parameters.Select(p => $"-- {p.Key} = {p.Value}"));
        Snapshot.Match(command.Sql + "\n" + parameters, "tests", "KnowledgeApi.GraphQL.Data.Tests", "Paging", "__snapshots__", "seek-after-subtitle-asc-edition-desc.sql");
    }

    [Fact]
    public async Task A_cursor_made_under_another_order_is_refused()
    {
        await using var db = library.CreateContext();
        var page = await db.Books.OrderBy(b => b.Title).ToConnectionAsync(new CursorPagingArguments(5, null, null, null));

        var refused = await Assert.ThrowsAsync<InvalidCursorException>(async () =>
            await db.Books.OrderByDescending(b => b.Title).ToConnectionAsync(new CursorPagingArguments(5, page.PageInfo.EndCursor, null, null)));

        Assert.Equal("after", refused.Argument);
        Assert.Equal(page.PageInfo.EndCursor, refused.Cursor);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("MQ==")] // Hot Chocolate's index cursor for item 1: not ours.
    [InlineData("WyJ4Il0=")] // ["x"]: a JSON array, wrong fingerprint and arity.
    [InlineData("")]
    public async Task Malformed_cursors_are_refused_for_before_too(string cursor)
    {
        await using var db = library.CreateContext();

        var refused = await Assert.ThrowsAsync<InvalidCursorException>(async () =>
            await db.Books.OrderBy(b => b.Title).ToConnectionAsync(new CursorPagingArguments(null, null, 5, cursor)));

        Assert.Equal("before", refused.Argument);
    }

    [Fact]
    public async Task Without_an_order_the_primary_key_orders_the_page()
    {
        await using var db = library.CreateContext();

        var page = await db.Books.Where(b => b.InPrint).ToConnectionAsync(new CursorPagingArguments(null, null, 4, null));

        var expected = library.Data.Books.Where(b => b.InPrint).Select(b => b.Id).Order().TakeLast(4);
        Assert.Equal(expected, page.Edges.Select(e => ((Book)e.Node!).Id));
        Assert.True(page.PageInfo.HasPreviousPage);
        Assert.False(page.PageInfo.HasNextPage);
    }

    [Fact]
    public async Task First_zero_returns_no_edges_but_knows_more_exist()
    {
        await using var db = library.CreateContext();

        var page = await db.Books.ToConnectionAsync(new CursorPagingArguments(0, null, null, null));

        Assert.Empty(page.Edges);
        Assert.True(page.PageInfo.HasNextPage);
        Assert.Null(page.PageInfo.EndCursor);
    }

    [Fact]
    public async Task Lists_in_memory_page_by_their_Id_member()
    {
        var books = library.Data.Books.AsQueryable().OrderBy(b => b.Pages);

        var first = await books.ToConnectionAsync(new CursorPagingArguments(3, null, null, null));
        var second = await books.ToConnectionAsync(new CursorPagingArguments(3, first.PageInfo.EndCursor, null, null));

        var expected = library.Data.Books.OrderBy(b => b.Pages).ThenBy(b => b.Id).Take(6).Select(b => b.Id);
        Assert.Equal(expected, first.Edges.Concat(second.Edges).Select(e => ((Book)e.Node!).Id));
    }
}
