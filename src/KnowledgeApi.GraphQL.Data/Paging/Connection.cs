namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>The value of a paged field: one page of edges, its page info and, when asked for, the total count.</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, int? totalCount)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;

    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>Null when the request did not select <c>totalCount</c>, so it was never counted.</summary>
    public int? TotalCount { get; } = totalCount;

    public IEnumerable<object?> Nodes => Edges.Select(e => e.Node);
}

/// <summary>One item of a page and the cursor that points at it.</summary>
public sealed class Edge(object? node, string cursor)
{
    public object? Node { get; } = node;

    public string Cursor { get; } = cursor;
}

/// <summary>Relay's page info: whether more items exist either way, and the cursors at the page's ends.</summary>
public sealed class PageInfo(bool hasNextPage, bool hasPreviousPage, string? startCursor, string? endCursor)
{
    public bool HasNextPage { get; } = hasNextPage;

    public bool HasPreviousPage { get; } = hasPreviousPage;

    public string? StartCursor { get; } = startCursor;

    public string? EndCursor { get; } = endCursor;
}
