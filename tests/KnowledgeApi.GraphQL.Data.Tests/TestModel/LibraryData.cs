namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>
/// The generated data set as an object graph (navigations filled both ways), identical to what is
/// stored: tests answer the same question with LINQ-to-objects over these lists and compare.
/// Treat it as read-only; it is shared by every test of a run.
/// </summary>
public sealed class LibraryData
{
    public required IReadOnlyList<Author> Authors { get; init; }

    public required IReadOnlyList<Book> Books { get; init; }

    public required IReadOnlyList<Review> Reviews { get; init; }

    public required IReadOnlyList<Tag> Tags { get; init; }
}
