using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// The request's unpaged DataLoaders: the keys every parent in a list asks for during one execution
/// wave are fetched with one <c>WHERE key IN (...)</c> (a publisher, a quotation's article, an
/// article's mention summary). Paged relations load through <see cref="RelationPageLoaders"/>.
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
