namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// Paging settings with Hot Chocolate's names and defaults (page size 10, at most 50). Register one
/// in the schema builder's services (or use <c>ModifyPagingOptions</c>) to change them for every
/// field; <c>[UsePaging]</c> and <c>[UseOffsetPaging]</c> override them per field.
/// </summary>
public sealed class PagingOptions
{
    /// <summary>Items returned when the client gives neither <c>first</c> nor <c>last</c> (or <c>take</c>).</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c>/<c>last</c>/<c>take</c> a client may ask for (HC0051 beyond).</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>
    /// Whether connections and collection segments expose <c>totalCount</c>. Hot Chocolate's default
    /// is false; KnowledgeApi's issue asks for it on every connection, so ours is true. It is only
    /// computed when a request selects it.
    /// </summary>
    public bool IncludeTotalCount { get; set; } = true;

    /// <summary>Whether <c>last</c>/<c>before</c> exist.</summary>
    public bool AllowBackwardPagination { get; set; } = true;

    /// <summary>Whether a request must give <c>first</c> or <c>last</c> (HC0052 otherwise).</summary>
    public bool RequirePagingBoundaries { get; set; }

    /// <summary>Names the connection after the field (<c>people</c> → <c>PeopleConnection</c>).</summary>
    public bool InferConnectionNameFromField { get; set; } = true;

    /// <summary>Whether connections have the flattened <c>nodes</c> field.</summary>
    public bool IncludeNodesField { get; set; } = true;

    /// <summary>Where the database sorts NULL; the seek predicate of a keyset cursor must agree with it.</summary>
    public NullOrdering NullOrdering { get; set; } = NullOrdering.NullsFirst;

    /// <summary>
    /// The key members used as the keyset tie-breaker when the query's provider has no model to
    /// ask (LINQ over objects). EF Core queries use the entity's primary key instead.
    /// </summary>
    public IReadOnlyList<string> FallbackKeyMembers { get; set; } = ["Id"];

    public PagingOptions Clone() => (PagingOptions)MemberwiseClone();
}

/// <summary>Where NULL sorts under ascending order in the database.</summary>
public enum NullOrdering
{
    /// <summary>NULL is the smallest value (SQLite, SQL Server): first when ascending, last when descending.</summary>
    NullsFirst,

    /// <summary>NULL is the largest value (PostgreSQL, Oracle): last when ascending, first when descending.</summary>
    NullsLast,
}
