namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>One side of the n:m relation <see cref="Book"/> ↔ <see cref="Tag"/> (join table <c>BookTag</c>).</summary>
public sealed class Tag
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public List<Book> Books { get; set; } = [];
}
