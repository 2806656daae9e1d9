using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Tests.Relay;

/// <summary>A book as clients see it under global IDs: its own id and its author's id are <c>[ID]</c> members.</summary>
public sealed class BookRow
{
    [ID]
    public int Id { get; set; }

    public required string Title { get; set; }

    [ID("Author")]
    public int AuthorId { get; set; }
}

/// <summary>Root fields taking and returning <c>[ID]</c> values over the library database.</summary>
public sealed class GlobalIdQuery
{
    public BookRow? GetBook([ID("BookRow")] int id, [Service] LibraryDbContext library) =>
        Rows(library).SingleOrDefault(b => b.Id == id);

    /// <summary>Any type's ID is accepted: the raw value is echoed, to show what the resolver got.</summary>
    public int EchoAnyId([ID] int id) => id;

    public IReadOnlyList<long> EchoIds([ID("Author")] IReadOnlyList<long> ids) => ids;

    [ID("Author")]
    public IReadOnlyList<int> AuthorIds([Service] LibraryDbContext library) => [.. library.Authors.OrderBy(a => a.Id).Take(3).Select(a => a.Id)];

    [UseFiltering]
    public IQueryable<BookRow> GetBooks([Service] LibraryDbContext library) => Rows(library).OrderBy(b => b.Id);

    private static IQueryable<BookRow> Rows(LibraryDbContext library) =>
        library.Books.Select(b => new BookRow { Id = b.Id, Title = b.Title, AuthorId = b.AuthorId });
}
