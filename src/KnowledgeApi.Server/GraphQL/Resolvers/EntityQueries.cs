using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// The links every kind of entity shares (who an article ties it to), written once as a query
/// over an entity id; the per-type resolver classes call it. Where an entity is mentioned loads
/// through <see cref="RelationPageLoaders.ArticlesMentioningAsync"/>, paged for all parents at once.
/// </summary>
internal static class EntityQueries
{
    /// <summary>Entities an article links to <paramref name="entityId"/> in either direction ("member of", "president of").</summary>
    public static IQueryable<TEntity> Linked<TEntity>(KnowledgeDbContext db, IQueryable<TEntity> candidates, int entityId)
        where TEntity : Entity =>
        candidates
            .Where(e => db.EntityLinks.Any(l => (l.FromId == e.Id && l.ToId == entityId) || (l.ToId == e.Id && l.FromId == entityId)))
            .OrderBy(e => e.Name);
}
