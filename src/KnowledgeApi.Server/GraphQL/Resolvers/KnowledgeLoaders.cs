using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// The request's DataLoaders for relations: the keys every parent in a list asks for during one
/// execution wave are fetched with one <c>WHERE key IN (...)</c>, so 5 or 50 articles with their
/// quotations, speakers and authors cost the same few statements.
/// </summary>
internal static class KnowledgeLoaders
{
    /// <summary>
    /// Each article's mentions summed up per entity (<see cref="ArticleMention"/>), for every article
    /// of a wave in one statement; the rows come in reading order so surface forms keep first use first.
    /// </summary>
    public static IDataLoader<int, ArticleMention[]> MentionsByArticle(IResolverContext context, KnowledgeReader reader) =>
        context.GroupDataLoader<int, ArticleMention>(
            async (ids, ct) =>
            {
                var rows = await reader.Open().Mentions
                    .Where(m => ids.Contains(m.ArticleId))
                    .OrderBy(m => m.ArticleId).ThenBy(m => m.ParagraphIndex).ThenBy(m => m.StartOffset).ThenBy(m => m.Id)
                    .Select(m => new { m.ArticleId, m.Entity, m.SurfaceForm })
                    .ToListAsync(ct).ConfigureAwait(false);
                return rows.GroupBy(r => r.ArticleId)
                    .SelectMany(g => ArticleMention.Summarize(g.Select(r => (r.Entity, r.SurfaceForm))).Select(m => (g.Key, Mention: m)))
                    .ToLookup(p => p.Key, p => p.Mention);
            },
            "mentions-by-article");

    /// <summary>Articles by the entity they quote.</summary>
    public static IDataLoader<int, Article[]> ArticlesQuoting(IResolverContext context, KnowledgeReader reader) =>
        context.GroupDataLoader<int, Article>(
            async (ids, ct) =>
            {
                var db = reader.Open();
                var pairs = await db.Quotations
                    .Where(q => q.SpeakerId != null && ids.Contains(q.SpeakerId.Value))
                    .Select(q => new { SpeakerId = q.SpeakerId!.Value, q.ArticleId })
                    .Distinct()
                    .ToListAsync(ct).ConfigureAwait(false);
                var articleIds = pairs.Select(p => p.ArticleId).Distinct().ToList();
                var articles = await db.Articles.Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct).ConfigureAwait(false);
                return pairs.OrderBy(p => p.ArticleId).ToLookup(p => p.SpeakerId, p => articles[p.ArticleId]);
            },
            "articles-quoting");

    /// <summary>Articles and entities, one by id.</summary>
    public static IDataLoader<int, Article?> ArticleById(IResolverContext context, KnowledgeReader reader) =>
        context.BatchDataLoader<int, Article>(
            async (ids, ct) => await reader.Open().Articles.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct).ConfigureAwait(false),
            "article-by-id");

    public static IDataLoader<int, Entity?> EntityById(IResolverContext context, KnowledgeReader reader) =>
        context.BatchDataLoader<int, Entity>(
            async (ids, ct) => await reader.Open().Entities.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct).ConfigureAwait(false),
            "entity-by-id");
}
