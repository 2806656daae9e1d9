using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// The request's DataLoaders for relations: the keys every parent in a list asks for during one
/// execution wave are fetched with one <c>WHERE key IN (...)</c>, so 5 or 50 articles with their
/// quotations, speakers and authors cost the same few statements.
/// </summary>
internal static class KnowledgeLoaders
{
    /// <summary>Quotations by article, in reading order, with their speaker entity joined in (so <c>speaker</c> needs no second trip).</summary>
    public static IDataLoader<int, Quotation[]> QuotationsByArticle(IResolverContext context, KnowledgeReader reader) =>
        context.GroupDataLoader<int, Quotation>(
            async (ids, ct) => (await reader.Open().Quotations.Include(q => q.Speaker)
                    .Where(q => ids.Contains(q.ArticleId))
                    .OrderBy(q => q.ParagraphIndex).ThenBy(q => q.StartOffset)
                    .ToListAsync(ct).ConfigureAwait(false))
                .ToLookup(q => q.ArticleId),
            "quotations-by-article");

    /// <summary>Quotations by speaker entity, with their speaker joined in.</summary>
    public static IDataLoader<int, Quotation[]> QuotationsBySpeaker(IResolverContext context, KnowledgeReader reader) =>
        context.GroupDataLoader<int, Quotation>(
            async (ids, ct) => (await reader.Open().Quotations.Include(q => q.Speaker)
                    .Where(q => q.SpeakerId != null && ids.Contains(q.SpeakerId.Value))
                    .OrderBy(q => q.ArticleId).ThenBy(q => q.ParagraphIndex).ThenBy(q => q.StartOffset)
                    .ToListAsync(ct).ConfigureAwait(false))
                .ToLookup(q => q.SpeakerId!.Value),
            "quotations-by-speaker");

    /// <summary>Authors by article, in byline order.</summary>
    public static IDataLoader<int, Person[]> AuthorsByArticle(IResolverContext context, KnowledgeReader reader) =>
        context.GroupDataLoader<int, Person>(
            async (ids, ct) => (await reader.Open().ArticleAuthors
                    .Where(a => ids.Contains(a.ArticleId))
                    .OrderBy(a => a.Position)
                    .Select(a => new { a.ArticleId, a.Person })
                    .ToListAsync(ct).ConfigureAwait(false))
                .ToLookup(a => a.ArticleId, a => a.Person),
            "authors-by-article");

    /// <summary>Entities of one kind by the articles that mention them, by name.</summary>
    public static IDataLoader<int, TEntity[]> MentionedInArticle<TEntity>(IResolverContext context, KnowledgeReader reader)
        where TEntity : Entity =>
        context.GroupDataLoader<int, TEntity>(
            async (ids, ct) =>
            {
                var db = reader.Open();
                var rows = await db.Mentions
                    .Where(m => ids.Contains(m.ArticleId) && m.Entity is TEntity)
                    .Select(m => new { m.ArticleId, m.Entity })
                    .Distinct()
                    .ToListAsync(ct).ConfigureAwait(false);
                return rows.OrderBy(r => r.Entity.Name, StringComparer.Ordinal).ToLookup(r => r.ArticleId, r => (TEntity)r.Entity);
            },
            "mentioned-in-article-" + typeof(TEntity).Name);

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
