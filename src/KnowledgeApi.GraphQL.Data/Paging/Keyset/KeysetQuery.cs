using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Data.Paging.Keyset;

/// <summary>
/// A paged query taken apart: the element source without its order (filters kept), the order
/// as keys ending with the primary key, and the projection that was on top, if any. The pager
/// puts them back together with the seek predicate and the page size in the right places.
/// </summary>
internal sealed record KeysetQuery<T>(IQueryable<T> Source, IReadOnlyList<KeysetKey> Keys, Expression<Func<T, T>>? Projection)
{
    /// <summary>A short hash of the order, stored in each cursor so that a cursor made for another order is refused.</summary>
    public string Fingerprint { get; } = OrderFingerprint.Of(Keys);
}
