using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Sorting;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Tests.Filtering;

/// <summary>The query type filtering and sorting are tested through: EF queries over the test library.</summary>
public sealed class LibraryQuery
{
    [UseFiltering]
    [UseSorting]
    public IQueryable<Book> GetBooks([Service] LibraryDbContext library) => library.Books;

    [UseFiltering]
    [UseSorting]
    public IQueryable<Author> GetAuthors([Service] LibraryDbContext library) => library.Authors;

    /// <summary>A plain in-memory list, filtered by LINQ-to-objects.</summary>
    [UseFiltering]
    [UseSorting]
    public IEnumerable<Tag> GetTags([Service] LibraryData data) => data.Tags;
}

/// <summary>The schema over <see cref="LibraryQuery"/>, built once; its filter and sort types drive the expression tests.</summary>
public static class LibrarySchema
{
    private static readonly Lazy<Schema> Built = new(() => SchemaBuilder.New().AddQueryType<LibraryQuery>().Create());

    public static Schema Schema => Built.Value;

    public static FilterInputType BookFilter => (FilterInputType)Schema.QueryType.Fields["books"].Arguments["where"].Type;

    public static SortInputType TagSort =>
        (SortInputType)Schema.QueryType.Fields["tags"].Arguments["order"].Type.NamedType();

    public static FilterInputType TagFilter => (FilterInputType)Schema.QueryType.Fields["tags"].Arguments["where"].Type;

    public static SortInputType BookSort =>
        (SortInputType)Schema.QueryType.Fields["books"].Arguments["order"].Type.NamedType();
}
