namespace KnowledgeApi.Knowledge.Model;

/// <summary>One news article, cleaned, with who wrote and published it.</summary>
public sealed class Article
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public string? Subtitle { get; set; }

    /// <summary>A URL-friendly, unique name made from the title.</summary>
    public required string Slug { get; set; }

    /// <summary>The file the article came from (its name, not its path), unique.</summary>
    public required string SourceName { get; set; }

    /// <summary>The publication date; only as precise as <see cref="PublishedOnPrecision"/>.</summary>
    public DateOnly? PublishedOn { get; set; }

    public DatePrecision? PublishedOnPrecision { get; set; }

    /// <summary>The place of a wire dateline ("WASHINGTON"), removed from the first paragraph.</summary>
    public string? Dateline { get; set; }

    public int? PublisherId { get; set; }

    public Organization? Publisher { get; set; }

    /// <summary>SHA-256 (hex) of the cleaned article; equal hashes mean nothing to re-ingest.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The cleaned body as ordered paragraphs (a JSON array column).</summary>
    public List<string> Body { get; set; } = [];

    public int WordCount { get; set; }

    public ICollection<Person> Authors { get; } = [];

    /// <summary>The author join rows, which keep the byline's order.</summary>
    public ICollection<ArticleAuthor> Authorships { get; } = [];

    public ICollection<Mention> Mentions { get; } = [];

    public ICollection<Quotation> Quotations { get; } = [];

    public ICollection<EntityLink> Links { get; } = [];
}
