namespace KnowledgeApi.GraphQL.Data.Paging.Offset;

/// <summary>The value of an offset-paged field: the items of one segment, its info and, when asked for, the total count.</summary>
public sealed class CollectionSegment(IReadOnlyList<object?> items, CollectionSegmentInfo info, int? totalCount)
{
    public IReadOnlyList<object?> Items { get; } = items;

    public CollectionSegmentInfo Info { get; } = info;

    /// <summary>Null when the request did not select <c>totalCount</c>.</summary>
    public int? TotalCount { get; } = totalCount;
}

/// <summary>Whether items exist beyond either end of a segment.</summary>
public sealed class CollectionSegmentInfo(bool hasNextPage, bool hasPreviousPage)
{
    public bool HasNextPage { get; } = hasNextPage;

    public bool HasPreviousPage { get; } = hasPreviousPage;
}
