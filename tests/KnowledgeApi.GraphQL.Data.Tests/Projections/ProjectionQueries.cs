using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Projections;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Tests.Projections;

/// <summary>Root fields with projections over the library, with and without paging around them.</summary>
public sealed class ProjectionQueries
{
    [UsePaging]
    [UseProjection]
    public IQueryable<Book> GetBooks([Service] LibraryDbContext db) => db.Books.OrderByDescending(b => b.Rating);

    [UseProjection]
    public IQueryable<Author> GetAuthors([Service] LibraryDbContext db) => db.Authors.Where(a => a.Id <= 3).OrderBy(a => a.Id);
}
