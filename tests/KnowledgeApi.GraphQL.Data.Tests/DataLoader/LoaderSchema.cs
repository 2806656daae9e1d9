using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

// A GraphQL schema over the library whose relations all load through DataLoaders, the way the
// knowledge graph's will: root lists from a pooled context per resolver, 1:1 and 1:n relations
// from batch and grouped loaders, a paged relation from the ROW_NUMBER helper.

[GraphQLName("Query")]
public sealed class LoaderQuery
{
    public async Task<IReadOnlyList<AuthorNode>> GetAuthors(int first, LibraryDbContext db, CancellationToken cancellationToken) =>
        await db.Authors.AsNoTracking().OrderBy(a => a.Id).Take(first)
            .Select(a => new AuthorNode { Id = a.Id, Name = a.Name })
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<BookNode>> GetBooks(int first, LibraryDbContext db, CancellationToken cancellationToken) =>
        await db.Books.AsNoTracking().OrderBy(b => b.Id).Take(first)
            .Select(b => new BookNode { Id = b.Id, Title = b.Title, AuthorId = b.AuthorId })
            .ToListAsync(cancellationToken);
}

[GraphQLName("Author")]
public sealed class AuthorNode
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public async Task<IReadOnlyList<BookNode>> GetBooks(IResolverContext context)
    {
        var books = await context.DataLoader<BooksByAuthorLoader>().LoadAsync(Id, context.RequestAborted);
        return [.. books.Select(BookNode.From)];
    }
}

[GraphQLName("Book")]
public sealed class BookNode
{
    public int Id { get; init; }

    public required string Title { get; init; }

    [GraphQLIgnore]
    public int AuthorId { get; init; }

    public static BookNode From(Book book) => new() { Id = book.Id, Title = book.Title, AuthorId = book.AuthorId };

    public async Task<AuthorNode?> GetAuthor(IResolverContext context)
    {
        var author = await context.DataLoader<AuthorByIdLoader>().LoadAsync(AuthorId, context.RequestAborted);
        return author is null ? null : new AuthorNode { Id = author.Id, Name = author.Name };
    }

    public async Task<ReviewPageNode> GetNewestReviews(IResolverContext context)
    {
        var page = await context.DataLoader<NewestReviewsByBookLoader>().LoadAsync(Id, context.RequestAborted);
        return new ReviewPageNode
        {
            Items = page is null ? [] : [.. page.Items.Select(r => new ReviewNode { Id = r.Id, Stars = r.Stars })],
            HasNextPage = page?.HasNextPage ?? false,
        };
    }
}

[GraphQLName("ReviewPage")]
public sealed class ReviewPageNode
{
    public required IReadOnlyList<ReviewNode> Items { get; init; }

    public bool HasNextPage { get; init; }
}

[GraphQLName("Review")]
public sealed class ReviewNode
{
    public int Id { get; init; }

    public int Stars { get; init; }
}
