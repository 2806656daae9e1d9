namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>The "many" side of the 1:n relation <see cref="Book"/> → <see cref="Review"/>.</summary>
public sealed class Review
{
    public int Id { get; set; }

    public int Stars { get; set; }

    /// <summary>Null for about a third of the reviews.</summary>
    public string? Text { get; set; }

    public DateTime CreatedAt { get; set; }

    public int BookId { get; set; }

    public Book Book { get; set; } = null!;
}
