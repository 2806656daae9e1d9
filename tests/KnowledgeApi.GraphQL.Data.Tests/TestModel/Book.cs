namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>
/// The test model's main row: one column per scalar kind the data middleware handles, each kind
/// also as a nullable column, a reference (<see cref="Author"/>), a 1:n list (<see cref="Reviews"/>),
/// an n:m list (<see cref="Tags"/>) and a primitive collection (<see cref="Keywords"/>).
/// </summary>
public sealed class Book
{
    public int Id { get; set; }

    /// <summary>Mixed case and the LIKE wildcards <c>%</c> and <c>_</c> occur, so string operations are tested for ordinal, literal matching.</summary>
    public required string Title { get; set; }

    public string? Subtitle { get; set; }

    public int Pages { get; set; }

    public int? Edition { get; set; }

    public long Isbn { get; set; }

    public long? SalesRank { get; set; }

    public double Rating { get; set; }

    public double? CriticScore { get; set; }

    public decimal Price { get; set; }

    public decimal? DiscountPrice { get; set; }

    public bool InPrint { get; set; }

    public bool? Signed { get; set; }

    public DateTime PublishedAt { get; set; }

    public DateTime? LastPrintedAt { get; set; }

    /// <summary>Generated with several offsets; SQLite stores the UTC instant (see <see cref="LibraryDbContext"/>).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public DateOnly ReleaseDay { get; set; }

    public DateOnly? OutOfPrintOn { get; set; }

    public Guid Key { get; set; }

    public Guid? ExternalKey { get; set; }

    public Genre Genre { get; set; }

    public Genre? SecondaryGenre { get; set; }

    /// <summary>A primitive collection (a JSON column in SQLite); may be empty.</summary>
    public List<string> Keywords { get; set; } = [];

    public int AuthorId { get; set; }

    public Author Author { get; set; } = null!;

    public List<Review> Reviews { get; set; } = [];

    public List<Tag> Tags { get; set; } = [];
}
