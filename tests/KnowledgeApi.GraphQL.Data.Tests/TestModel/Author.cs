namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>The "one" side of the 1:n relation <see cref="Author"/> → <see cref="Book"/>.</summary>
public sealed class Author
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Null for about a fifth of the authors.</summary>
    public string? Country { get; set; }

    /// <summary>Null for about a quarter of the authors.</summary>
    public DateOnly? BornOn { get; set; }

    public bool IsActive { get; set; }

    public List<Book> Books { get; set; } = [];
}
