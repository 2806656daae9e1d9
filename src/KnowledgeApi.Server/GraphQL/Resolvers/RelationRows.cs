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

/// <summary>An entity one article mentions (once, however often it is mentioned), for the article's <c>people</c>/<c>organizations</c>/<c>events</c>.</summary>
internal sealed class ArticleEntity<TEntity>
    where TEntity : Entity
{
    public int ArticleId { get; set; }

    public TEntity Entity { get; set; } = null!;
}

/// <summary>An article that mentions one entity (once, however often), for the entity's <c>mentionedIn</c>.</summary>
internal sealed class EntityArticle
{
    public int EntityId { get; set; }

    public Article Article { get; set; } = null!;
}
