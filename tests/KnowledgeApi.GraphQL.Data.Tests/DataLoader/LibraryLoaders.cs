using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

/// <summary>1:1 — an author by id, the way an application writes a loader: one context per dispatch from the pooled factory.</summary>
public sealed class AuthorByIdLoader(IBatchScheduler scheduler, IDbContextFactory<LibraryDbContext> contexts)
    : BatchDataLoader<int, Author>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<int, Author>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Authors.AsNoTracking().Where(a => keys.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }
}

/// <summary>1:n — an author's books.</summary>
public sealed class BooksByAuthorLoader(IBatchScheduler scheduler, IDbContextFactory<LibraryDbContext> contexts)
    : GroupedDataLoader<int, Book>(scheduler)
{
    protected override async Task<ILookup<int, Book>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var books = await db.Books.AsNoTracking().Where(b => keys.Contains(b.AuthorId)).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        return books.ToLookup(b => b.AuthorId);
    }
}

/// <summary>A paged 1:n — each book's newest <see cref="PageSize"/> reviews, all books in one statement.</summary>
public sealed class NewestReviewsByBookLoader(IBatchScheduler scheduler, IDbContextFactory<LibraryDbContext> contexts)
    : BatchDataLoader<int, ParentPage<Review>>(scheduler)
{
    public const int PageSize = 3;

    protected override async Task<IReadOnlyDictionary<int, ParentPage<Review>>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reviews.AsNoTracking().ToPagesByParentAsync(
            keys,
            r => r.BookId,
            q => q.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id),
            PageSize,
            cancellationToken);
    }
}

/// <summary>What the loaders above should return, answered with LINQ-to-objects over the generated rows.</summary>
internal static class LibraryAnswers
{
    public static (IReadOnlyList<int> Ids, bool HasNextPage) NewestReviews(LibraryData data, int bookId, int pageSize)
    {
        var all = data.Reviews.Where(r => r.BookId == bookId).OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => r.Id).ToList();
        return (all.Take(pageSize).ToList(), all.Count > pageSize);
    }

    public static IReadOnlyList<int> BookIds(LibraryData data, int authorId) =>
        data.Books.Where(b => b.AuthorId == authorId).Select(b => b.Id).Order().ToList();
}
