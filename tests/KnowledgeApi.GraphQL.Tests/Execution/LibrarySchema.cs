using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Execution;

// A small library domain with every kind of type the executor must handle: objects, an
// interface, a union, enums, input objects (one @oneOf), lists, non-null fields that fail, async
// resolvers, and a mutation whose order is observable.

public enum Genre
{
    Novel,
    Poetry,
    ScienceFiction,
}

[InterfaceType("Publication")]
public interface IPublication
{
    int Id { get; }

    string Title { get; }
}

[UnionType("SearchResult")]
public interface ISearchResult;

public sealed class Book : IPublication, ISearchResult
{
    public int Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public Genre Genre { get; init; }

    public int AuthorId { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public Author Author() => LibraryData.Authors.First(a => a.Id == AuthorId);
}

public sealed class Magazine : IPublication, ISearchResult
{
    public int Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public int Issue { get; init; }
}

public sealed class Author : ISearchResult
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public IReadOnlyList<Book> Books() => [.. LibraryData.Books.Where(b => b.AuthorId == Id)];
}

public sealed record BookFilter(string? TitleContains, IReadOnlyList<Genre>? Genres, int Limit = 10);

public sealed record BookLookup(int? Id, string? Title);

public sealed class BookLookupType : InputObjectType<BookLookup>
{
    protected override void Configure(IInputObjectTypeDescriptor<BookLookup> descriptor) => descriptor.OneOf();
}

/// <summary>Fields whose nullability and failures exercise null propagation at every depth.</summary>
public sealed class Node
{
    public Node(int depth) => Depth = depth;

    public int Depth { get; }

    public string Name => $"node{Depth}";

    /// <summary>Nullable child.</summary>
    public Node? Child => new(Depth + 1);

    /// <summary>Non-null child.</summary>
    public Node Required => new(Depth + 1);

    /// <summary>A non-null field whose resolver returns null anyway.</summary>
    public string Broken => null!;

    /// <summary>A non-null field whose resolver throws.</summary>
    public string Throws => throw new InvalidOperationException("internal detail that must not leak");

    /// <summary>A nullable field whose resolver throws.</summary>
    public string? MaybeThrows => throw new InvalidOperationException("internal detail that must not leak");

    public IReadOnlyList<string> NonNullItems => ["a", null!, "c"];

    public IReadOnlyList<string?>? NullableItems => ["a", null, "c"];

    public async Task<string> Later(int delayMs = 5)
    {
        await Task.Delay(delayMs);
        return $"later{Depth}";
    }

    public async Task<string> LaterBroken()
    {
        await Task.Yield();
        return null!;
    }
}

public sealed class LibraryQuery
{
    public Book? Book(int id) => LibraryData.Books.FirstOrDefault(b => b.Id == id);

    public IReadOnlyList<Book> Books(Genre? genre = null) => [.. LibraryData.Books.Where(b => genre is null || b.Genre == genre)];

    public IReadOnlyList<IPublication> Publications() => [.. LibraryData.Books, .. LibraryData.Magazines];

    public IReadOnlyList<ISearchResult> Search(string text) =>
    [
        .. LibraryData.Books.Where(b => b.Title.Contains(text, StringComparison.OrdinalIgnoreCase)),
        .. LibraryData.Magazines.Where(m => m.Title.Contains(text, StringComparison.OrdinalIgnoreCase)),
        .. LibraryData.Authors.Where(a => a.Name.Contains(text, StringComparison.OrdinalIgnoreCase)),
    ];

    public Node Root() => new(0);

    public string Echo(string? text = "default") => text ?? "<null>";

    public int Sum(IReadOnlyList<int> numbers) => numbers.Sum();

    public string Describe(BookFilter filter) =>
        $"{filter.TitleContains ?? "-"}|{(filter.Genres is null ? "-" : string.Join(',', filter.Genres))}|{filter.Limit}";

    public string Lookup([GraphQLType(typeof(NonNullType<BookLookupType>))] BookLookup by) =>
        by.Id is { } id ? $"id:{id}" : $"title:{by.Title}";

    public Genre FavoriteGenre(Genre genre = Genre.Poetry) => genre;

    public DateTimeOffset Moment(DateTimeOffset at) => at;

    public string Fail() => throw GraphQLException.WithCode("The shelf is closed.", "SHELF_CLOSED");

    public async Task<string> Wait(int milliseconds, CancellationToken cancellationToken)
    {
        await Task.Delay(milliseconds, cancellationToken);
        return "waited";
    }
}

public sealed class LibraryMutation
{
    public async Task<string> Append(string value, [Service] MutationLog log)
    {
        // Later calls finish sooner, so only serial execution keeps the order.
        await Task.Delay(Math.Max(1, 30 - (log.Count * 10)));
        return log.Append(value);
    }
}

/// <summary>Records the order mutation fields ran in.</summary>
public sealed class MutationLog
{
    private readonly List<string> entries = [];

    public int Count
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    public string Append(string value)
    {
        lock (entries)
        {
            entries.Add(value);
            return string.Join(",", entries);
        }
    }
}

public static class LibraryData
{
    public static IReadOnlyList<Author> Authors { get; } =
    [
        new() { Id = 1, Name = "Ursula K. Le Guin" },
        new() { Id = 2, Name = "Mary Oliver" },
    ];

    public static IReadOnlyList<Book> Books { get; } =
    [
        new() { Id = 1, Title = "The Dispossessed", Genre = Genre.ScienceFiction, AuthorId = 1, Tags = ["anarchy", "physics"] },
        new() { Id = 2, Title = "A Wizard of Earthsea", Genre = Genre.Novel, AuthorId = 1, Tags = ["magic"] },
        new() { Id = 3, Title = "Devotions", Genre = Genre.Poetry, AuthorId = 2 },
    ];

    public static IReadOnlyList<Magazine> Magazines { get; } =
    [
        new() { Id = 10, Title = "Poetry Review", Issue = 7 },
    ];
}
