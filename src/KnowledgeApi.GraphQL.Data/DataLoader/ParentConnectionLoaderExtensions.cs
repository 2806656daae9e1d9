using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>A DataLoader key for a nested connection: the parent and the page it asks for.</summary>
public readonly record struct ParentPageKey<TKey>(TKey Parent, RelationPage Page);

/// <summary>Fetches the connections of many parents that all ask for the same <paramref name="page"/>.</summary>
public delegate Task<IReadOnlyDictionary<TKey, Connection>> FetchParentConnections<TKey>(
    IReadOnlyList<TKey> parents, RelationPage page, CancellationToken cancellationToken);

/// <summary>
/// The loader behind a paged relation under a list of parents. Its keys carry the page arguments,
/// so parents asking for the same page (every article's <c>quotations(first: 5)</c>) fall into one
/// group and one fetch, while the same field with other arguments elsewhere in the request gets
/// its own group rather than a wrong page.
/// </summary>
public static class ParentConnectionLoaderExtensions
{
    public static IDataLoader<ParentPageKey<TKey>, Connection?> ConnectionDataLoader<TKey>(
        this IResolverContext context,
        FetchParentConnections<TKey> fetch,
        string name)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return context.BatchDataLoader<ParentPageKey<TKey>, Connection>(
            async (keys, cancellationToken) =>
            {
                var connections = new Dictionary<ParentPageKey<TKey>, Connection>(keys.Count);
                foreach (var group in keys.GroupBy(k => k.Page))
                {
                    var parents = group.Select(k => k.Parent).Distinct().ToList();
                    var fetched = await fetch(parents, group.Key, cancellationToken).ConfigureAwait(false);
                    foreach (var (parent, connection) in fetched)
                    {
                        connections[new ParentPageKey<TKey>(parent, group.Key)] = connection;
                    }
                }

                return connections;
            },
            name);
    }
}
