namespace KnowledgeApi.Knowledge.Model;

/// <summary>The join between an article and one of its authors, with the byline position.</summary>
public sealed class ArticleAuthor
{
    public int ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    public int PersonId { get; set; }

    public Person Person { get; set; } = null!;

    /// <summary>0 for the first name in the byline.</summary>
    public int Position { get; set; }
}
