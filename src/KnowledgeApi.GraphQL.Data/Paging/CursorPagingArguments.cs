namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>The four Relay arguments as the client gave them (null when left out).</summary>
public readonly record struct CursorPagingArguments(int? First, string? After, int? Last, string? Before)
{
    /// <summary>Paging backwards: <c>last</c> without <c>first</c>.</summary>
    public bool IsBackward => Last is not null && First is null;
}
