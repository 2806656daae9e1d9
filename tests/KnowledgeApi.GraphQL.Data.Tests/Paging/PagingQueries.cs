using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Paging.Offset;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Tests.Paging;

/// <summary>Root fields over the library for the end-to-end paging tests; the context comes from the request's services.</summary>
public sealed class PagingQueries
{
    /// <summary>Ordered by the resolver, the way the sorting middleware would order it.</summary>
    [UsePaging]
    public IQueryable<Book> GetBooks([Service] LibraryDbContext db) =>
        db.Books.Where(b => b.Pages > 150).OrderBy(b => b.Subtitle).ThenByDescending(b => b.Edition);

    [UsePaging(MaxPageSize = 5, DefaultPageSize = 3)]
    public IQueryable<Author> GetAuthors([Service] LibraryDbContext db) => db.Authors;

    [UseOffsetPaging]
    public IQueryable<Book> GetBookSegments([Service] LibraryDbContext db) => db.Books.OrderByDescending(b => b.Rating);
}
