using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// The paged relations under a list of parents: each loader fetches the requested page of every
/// parent of a wave in ONE statement (<c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY ...)</c>),
/// so 50 articles' <c>quotations(first: 5)</c> read 50 × 6 rows at most, never every quotation of
/// every article. The page arguments are part of the key, so only parents asking for the same page
/// share a statement. Cursors hold the relation's sort keys, so <c>after</c> continues in its order.
/// </summary>
internal static class RelationPageLoaders
{
    /// <summary>An article's quotations in reading order, with their speakers joined in for <c>speaker</c>.</summary>
    public static Task<Connection> QuotationsOfArticleAsync(IResolverContext context, KnowledgeReader reader, int articleId) =>
        LoadAsync(context, articleId, context.ConnectionDataLoader<int>(
            (ids, page, ct) => Spoken(reader.Open()).ToConnectionsByParentAsync(
                ids,
                x => x.Quotation.ArticleId,
                q => q.OrderBy(x => x.Quotation.ParagraphIndex).ThenBy(x => x.Quotation.StartOffset).ThenBy(x => x.Quotation.Id),
                page,
                node: x => x.WithSpeaker(),
                cancellationToken: ct),
            "quotations-of-article-page"));

    /// <summary>What an entity is quoted as saying, article by article in reading order, with the speaker joined in.</summary>
    public static Task<Connection> QuotationsOfSpeakerAsync(IResolverContext context, KnowledgeReader reader, int speakerId) =>
        LoadAsync(context, speakerId, context.ConnectionDataLoader<int>(
            (ids, page, ct) => Spoken(reader.Open()).Where(x => x.Quotation.SpeakerId != null).ToConnectionsByParentAsync(
                ids,
                x => x.Quotation.SpeakerId!.Value,
                q => q.OrderBy(x => x.Quotation.ArticleId).ThenBy(x => x.Quotation.ParagraphIndex).ThenBy(x => x.Quotation.StartOffset).ThenBy(x => x.Quotation.Id),
                page,
                node: x => x.WithSpeaker(),
                cancellationToken: ct),
            "quotations-of-speaker-page"));

    /// <summary>
    /// The entities of one kind an article links to an entity (members, roles, participants), in either
    /// direction, each once, by name: every parent's page in one windowed statement.
    /// </summary>
    public static Task<Connection> LinkedEntitiesAsync<TEntity>(IResolverContext context, KnowledgeReader reader, int entityId)
        where TEntity : Entity =>
        LoadAsync(context, entityId, context.ConnectionDataLoader<int>(
            (ids, page, ct) =>
            {
                var db = reader.Open();

                // Each (parent, linked entity) pair once, however many articles state the link: an EXISTS
                // over the links rather than a join, which would repeat the pair per link. The pairs are a
                // filtered cross join, since a correlated subquery needs APPLY, which SQLite lacks.
                return db.Entities
                    .SelectMany(parent => db.Set<TEntity>(), (parent, e) => new { ParentId = parent.Id, Entity = e })
                    .Where(x => db.EntityLinks.Any(l =>
                        (l.FromId == x.Entity.Id && l.ToId == x.ParentId) || (l.ToId == x.Entity.Id && l.FromId == x.ParentId)))
                    .Select(x => new ParentEntity<TEntity> { ParentId = x.ParentId, Entity = x.Entity })
                    .ToConnectionsByParentAsync(
                        ids,
                        x => x.ParentId,
                        q => q.OrderBy(x => x.Entity.Name).ThenBy(x => x.Entity.Id),
                        page,
                        node: x => x.Entity,
                        cancellationToken: ct);
            },
            "linked-entities-page-" + typeof(TEntity).Name));

    /// <summary>An article's byline in order; the edges show the people, the cursors hold the byline positions.</summary>
    public static Task<Connection> AuthorsOfArticleAsync(IResolverContext context, KnowledgeReader reader, int articleId) =>
        LoadAsync(context, articleId, context.ConnectionDataLoader<int>(
            (ids, page, ct) =>
            {
                var db = reader.Open();
                return db.ArticleAuthors.Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new BylineEntry { Author = a, Person = p })
                    .ToConnectionsByParentAsync(
                        ids,
                        x => x.Author.ArticleId,
                        q => q.OrderBy(x => x.Author.Position).ThenBy(x => x.Author.PersonId),
                        page,
                        node: x => x.Person,
                        cancellationToken: ct);
            },
            "authors-of-article-page"));

    /// <summary>The entities of one kind an article mentions, each once, by name.</summary>
    public static Task<Connection> EntitiesOfArticleAsync<TEntity>(IResolverContext context, KnowledgeReader reader, int articleId)
        where TEntity : Entity =>
        LoadAsync(context, articleId, context.ConnectionDataLoader<int>(
            (ids, page, ct) =>
            {
                var db = reader.Open();
                return db.Mentions.Select(m => new { m.ArticleId, m.EntityId }).Distinct()
                    .Join(db.Set<TEntity>(), m => m.EntityId, e => e.Id, (m, e) => new ParentEntity<TEntity> { ParentId = m.ArticleId, Entity = e })
                    .ToConnectionsByParentAsync(
                        ids,
                        x => x.ParentId,
                        q => q.OrderBy(x => x.Entity.Name).ThenBy(x => x.Entity.Id),
                        page,
                        node: x => x.Entity,
                        cancellationToken: ct);
            },
            "entities-of-article-page-" + typeof(TEntity).Name));

    /// <summary>The articles that mention an entity, each once, oldest stored first.</summary>
    public static Task<Connection> ArticlesMentioningAsync(IResolverContext context, KnowledgeReader reader, int entityId) =>
        LoadAsync(context, entityId, context.ConnectionDataLoader<int>(
            (ids, page, ct) =>
            {
                var db = reader.Open();
                return db.Mentions.Select(m => new { m.ArticleId, m.EntityId }).Distinct()
                    .Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => new EntityArticle { EntityId = m.EntityId, Article = a })
                    .ToConnectionsByParentAsync(
                        ids,
                        x => x.EntityId,
                        q => q.OrderBy(x => x.Article.Id),
                        page,
                        node: x => x.Article,
                        cancellationToken: ct);
            },
            "articles-mentioning-page"));

    /// <summary>The articles that quote an entity, each once, oldest stored first.</summary>
    public static Task<Connection> ArticlesQuotingAsync(IResolverContext context, KnowledgeReader reader, int speakerId) =>
        LoadAsync(context, speakerId, context.ConnectionDataLoader<int>(
            (ids, page, ct) =>
            {
                var db = reader.Open();
                return db.Quotations.Where(q => q.SpeakerId != null).Select(q => new { SpeakerId = q.SpeakerId!.Value, q.ArticleId }).Distinct()
                    .Join(db.Articles, q => q.ArticleId, a => a.Id, (q, a) => new EntityArticle { EntityId = q.SpeakerId, Article = a })
                    .ToConnectionsByParentAsync(ids, x => x.EntityId, q => q.OrderBy(x => x.Article.Id), page, node: x => x.Article, cancellationToken: ct);
            },
            "articles-quoting-page"));

    /// <summary>The articles a person wrote, oldest stored first.</summary>
    public static Task<Connection> ArticlesWrittenAsync(IResolverContext context, KnowledgeReader reader, int personId) =>
        LoadAsync(context, personId, context.ConnectionDataLoader<int>(
            (ids, page, ct) =>
            {
                var db = reader.Open();
                return db.ArticleAuthors.Join(db.Articles, w => w.ArticleId, a => a.Id, (w, a) => new EntityArticle { EntityId = w.PersonId, Article = a })
                    .ToConnectionsByParentAsync(ids, x => x.EntityId, q => q.OrderBy(x => x.Article.Id), page, node: x => x.Article, cancellationToken: ct);
            },
            "articles-written-page"));

    /// <summary>The articles an organization published, oldest stored first.</summary>
    public static Task<Connection> ArticlesPublishedAsync(IResolverContext context, KnowledgeReader reader, int organizationId) =>
        LoadAsync(context, organizationId, context.ConnectionDataLoader<int>(
            (ids, page, ct) => reader.Open().Articles.Where(a => a.PublisherId != null)
                .ToConnectionsByParentAsync(ids, a => a.PublisherId!.Value, q => q.OrderBy(a => a.Id), page, cancellationToken: ct),
            "articles-published-page"));

    /// <summary>The events at a place, earliest first, then by name.</summary>
    public static Task<Connection> EventsAtAsync(IResolverContext context, KnowledgeReader reader, int placeId) =>
        LoadAsync(context, placeId, context.ConnectionDataLoader<int>(
            (ids, page, ct) => reader.Open().Events.Where(e => e.PlaceId != null)
                .ToConnectionsByParentAsync(ids, e => e.PlaceId!.Value, q => q.OrderBy(e => e.StartsOn).ThenBy(e => e.Name), page, cancellationToken: ct),
            "events-at-place-page"));

    private static IQueryable<SpokenQuotation> Spoken(KnowledgeDbContext db) =>
        db.Quotations.LeftJoin(db.Entities, q => q.SpeakerId, e => (int?)e.Id, (q, e) => new SpokenQuotation { Quotation = q, Speaker = e });

    private static async Task<Connection> LoadAsync(IResolverContext context, int parent, IDataLoader<ParentPageKey<int>, Connection?> loader) =>
        await loader.LoadAsync(new ParentPageKey<int>(parent, RelationPage.From(context, SearchResolver.DefaultPageSize)), context.RequestAborted).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The relation loader returned no connection for a parent it was asked for.");
}
