using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Paging.Offset;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.Data.Tests.Paging;

/// <summary>Offset paging: segments by skip/take on the SQLite library, and the types <c>[UseOffsetPaging]</c> adds.</summary>
[Collection(LibraryCollection.Name)]
public sealed class OffsetPagingTests(LibraryFixture library)
{
    [Fact]
    public async Task Segments_follow_the_query_order_and_tell_whether_more_items_exist()
    {
        var sql = new SqlCapture();
        await using var db = library.CreateContext(sql);

        var segment = await db.Books.Where(b => b.InPrint).OrderByDescending(b => b.Edition)
            .ToCollectionSegmentAsync(skip: 20, take: 7, includeTotalCount: true);

        var expected = library.Data.Books.Where(b => b.InPrint).OrderByDescending(b => b.Edition).ThenBy(b => b.Id).Skip(20).Take(7).Select(b => b.Id);
        Assert.Equal(expected, segment.Items.Cast<Book>().Select(b => b.Id));
        Assert.True(segment.Info.HasNextPage);
        Assert.True(segment.Info.HasPreviousPage);
        Assert.Equal(library.Data.Books.Count(b => b.InPrint), segment.TotalCount);
        Assert.Contains(sql.Commands, c => c.Sql.Contains("OFFSET", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_last_segment_has_no_next_page()
    {
        await using var db = library.CreateContext();
        var count = library.Data.Books.Count;

        var segment = await db.Books.ToCollectionSegmentAsync(skip: count - 3, take: 10);

        Assert.Equal(3, segment.Items.Count);
        Assert.False(segment.Info.HasNextPage);
    }

    [Fact]
    public void Segments_are_named_after_the_field()
    {
        var schema = SchemaBuilder.New().AddQueryType<SegmentQuery>().Create();

        Snapshot.Match(schema.Print(), "tests", "KnowledgeApi.GraphQL.Data.Tests", "Paging", "__snapshots__", "offset-paging-schema.graphql");
        Assert.Equal("LettersCollectionSegment", schema.QueryType.Fields["letters"].Type.Print());
    }
}

public sealed class SegmentQuery
{
    [UseOffsetPaging]
    public IEnumerable<PagedPerson> Letters() => [];
}
