using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// The relations every kind of entity shares (where it was mentioned, who it is linked to),
/// written once as queries over an entity id; the per-type resolver classes call these.
/// </summary>
internal static class EntityQueries
{
    public static IQueryable<Article> ArticlesMentioning(KnowledgeDbContext db, int entityId) =>
        db.Articles.Where(a => a.Mentions.Any(m => m.EntityId == entityId)).OrderBy(a => a.Id);

    /// <summary>Entities an article links to <paramref name="entityId"/> in either direction ("member of", "president of").</summary>
    public static IQueryable<TEntity> Linked<TEntity>(KnowledgeDbContext db, IQueryable<TEntity> candidates, int entityId)
        where TEntity : Entity =>
        candidates
            .Where(e => db.EntityLinks.Any(l => (l.FromId == e.Id && l.ToId == entityId) || (l.ToId == e.Id && l.FromId == entityId)))
            .OrderBy(e => e.Name);
}
