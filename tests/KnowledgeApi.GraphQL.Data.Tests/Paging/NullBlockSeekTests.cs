using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.GraphQL.Data.Tests.Paging;

/// <summary>
/// A cursor inside the NULL block of a nullable leading key: the seek is split into the rest of the
/// NULL block (one index range) and, only when that does not fill the page, the non-NULL values.
/// </summary>
[Collection(LibraryCollection.Name)]
public sealed class NullBlockSeekTests(LibraryFixture library)
{
    [Fact]
    public async Task A_page_crossing_the_end_of_the_NULL_block_reads_both_ranges_and_continues_the_order()
    {
        await using var db = library.CreateContext();
        var expected = await db.Books.OrderBy(b => b.Subtitle).ThenByDescending(b => b.Edition).ThenBy(b => b.Id).Select(b => b.Id).ToListAsync();
        var nullCount = await db.Books.CountAsync(b => b.Subtitle == null);
        Assert.InRange(nullCount, 6, expected.Count - 6);

        // The cursor three rows before the NULL block ends: the page needs 3 NULL rows, then 7 others.
        var lead = await db.Books.OrderBy(b => b.Subtitle).ThenByDescending(b => b.Edition)
            .ToConnectionAsync(new CursorPagingArguments(nullCount - 3, null, null, null));
        var sql = new SqlCapture();
        await using var capturing = library.CreateContext(sql);

        var page = await capturing.Books.OrderBy(b => b.Subtitle).ThenByDescending(b => b.Edition)
            .ToConnectionAsync(new CursorPagingArguments(10, lead.PageInfo.EndCursor, null, null));

        Assert.Equal(expected.Skip(nullCount - 3).Take(10), page.Edges.Select(e => ((Book)e.Node!).Id));
        Assert.True(page.PageInfo.HasNextPage);
        Assert.Equal(2, sql.Commands.Count);
        Assert.Contains("\"Subtitle\" IS NULL AND", sql.Commands[0].Sql, StringComparison.Ordinal);
        Assert.Contains("\"Subtitle\" IS NOT NULL", sql.Commands[1].Sql, StringComparison.Ordinal);
        Assert.DoesNotContain(" OR \"b\".\"Subtitle\"", sql.Commands[0].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backward_from_inside_a_trailing_NULL_block_crosses_into_the_values()
    {
        await using var db = library.CreateContext();

        // Descending, NULLs come last in SQLite: walking backward from inside them reaches the values.
        var expected = await db.Books.OrderByDescending(b => b.Subtitle).ThenBy(b => b.Edition).ThenBy(b => b.Id).Select(b => b.Id).ToListAsync();
        var nullCount = await db.Books.CountAsync(b => b.Subtitle == null);
        var valueCount = expected.Count - nullCount;
        var all = await db.Books.OrderByDescending(b => b.Subtitle).ThenBy(b => b.Edition)
            .ToConnectionAsync(new CursorPagingArguments(expected.Count, null, null, null));
        var cursor = all.Edges[valueCount + 2].Cursor;

        var page = await db.Books.OrderByDescending(b => b.Subtitle).ThenBy(b => b.Edition)
            .ToConnectionAsync(new CursorPagingArguments(null, null, 6, cursor));

        Assert.Equal(expected.Skip(valueCount - 4).Take(6), page.Edges.Select(e => ((Book)e.Node!).Id));
        Assert.True(page.PageInfo.HasPreviousPage);
    }
}
