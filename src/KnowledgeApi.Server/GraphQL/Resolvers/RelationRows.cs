using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// A quotation with its speaker, joined explicitly. SQLite has no lateral join, and EF Core needs
/// one for an <c>Include</c> inside a per-parent window; a join below the window needs none.
/// </summary>
internal sealed class SpokenQuotation
{
    public Quotation Quotation { get; set; } = null!;

    public Entity? Speaker { get; set; }

    /// <summary>The quotation with its speaker attached, as <c>speaker</c> reads it without another trip.</summary>
    public Quotation WithSpeaker()
    {
        Quotation.Speaker = Speaker;
        return Quotation;
    }
}

/// <summary>One byline entry and its person, joined explicitly for the same reason as <see cref="SpokenQuotation"/>.</summary>
internal sealed class BylineEntry
{
    public ArticleAuthor Author { get; set; } = null!;

    public Person Person { get; set; } = null!;
}

/// <summary>
/// An entity under one parent, each pair once: an article that mentions it (the article's
/// <c>people</c>/<c>organizations</c>/<c>events</c>) or an entity an article links it to (<c>members</c>, <c>participants</c>).
/// </summary>
internal sealed class ParentEntity<TEntity>
    where TEntity : Entity
{
    public int ParentId { get; set; }

    public TEntity Entity { get; set; } = null!;
}

/// <summary>An article under one entity, each pair once: one that mentions, quotes or was written by it (<c>mentionedIn</c>, <c>quotedIn</c>, <c>articlesWritten</c>).</summary>
internal sealed class EntityArticle
{
    public int EntityId { get; set; }

    public Article Article { get; set; } = null!;
}
