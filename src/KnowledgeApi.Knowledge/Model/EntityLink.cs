namespace KnowledgeApi.Knowledge.Model;

/// <summary>A relation one article states between two entities ("member of", "president of").</summary>
public sealed class EntityLink
{
    public int Id { get; set; }

    public int FromId { get; set; }

    public Entity From { get; set; } = null!;

    public int ToId { get; set; }

    public Entity To { get; set; } = null!;

    public required string Relation { get; set; }

    /// <summary>The article that states the relation; the link goes when the article does.</summary>
    public int ArticleId { get; set; }

    public Article Article { get; set; } = null!;
}
