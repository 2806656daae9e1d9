using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

/// <summary>
/// The DbContext decision under load: loaders take a context from the pooled factory per
/// dispatch, so dispatches of sibling loaders and of concurrent requests never share one.
/// </summary>
[Collection(LibraryCollection.Name)]
public sealed class ParallelLoadTests(LibraryFixture library)
{
    [Fact]
    public async Task Dispatches_in_flight_together_each_use_their_own_pooled_context()
    {
        var rendezvous = new CommandRendezvous(expected: 2);
        var services = new ServiceCollection()
            .AddPooledDbContextFactory<LibraryDbContext>(o => o.UseSqlite(library.Database.ConnectionString).AddInterceptors(rendezvous))
            .BuildServiceProvider();
        await using var _ = services;
        var scheduler = new ManualBatchScheduler();
        var contexts = services.GetRequiredService<IDbContextFactory<LibraryDbContext>>();
        var authors = new AuthorByIdLoader(scheduler, contexts);
        var books = new BooksByAuthorLoader(scheduler, contexts);

        var author = authors.LoadAsync(1);
        var written = books.LoadAsync(1);
        await DispatchConcurrentlyAsync(scheduler);

        Assert.True(rendezvous.AllArrivedTogether, "the two fetches never ran at the same time, so the test proved nothing");
        Assert.Equal(library.Data.Authors.Single(a => a.Id == 1).Name, (await author)?.Name);
        Assert.Equal(LibraryAnswers.BookIds(library.Data, 1), (await written).Select(b => b.Id));
    }

    [Fact]
    public async Task The_same_two_dispatches_on_one_shared_context_fail_which_is_why_loaders_rent_their_own()
    {
        var rendezvous = new CommandRendezvous(expected: 2);
        await using var shared = library.CreateContext(rendezvous);
        var scheduler = new ManualBatchScheduler();
        var authors = new SharedContextAuthorLoader(scheduler, shared);
        var moreAuthors = new SharedContextAuthorLoader(scheduler, shared);

        var first = authors.LoadAsync(1);
        var second = moreAuthors.LoadAsync(2);
        var dispatches = DispatchConcurrentlyAsync(scheduler);
        await dispatches;

        var failures = new[] { first, second }.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException).ToList();
        var failure = Assert.Single(failures);
        Assert.IsType<InvalidOperationException>(failure);
        Assert.Contains("second operation", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_requests_loading_at_once_get_correct_answers_without_EF_concurrency_errors()
    {
        using var services = new LibraryServices(
            library.Database,
            s => s.AddDataLoader<AuthorByIdLoader>().AddDataLoader<BooksByAuthorLoader>().AddDataLoader<NewestReviewsByBookLoader>());
        const int requests = 32;

        var runs = Enumerable.Range(0, requests).Select(seed => Task.Run(() => RunRequestAsync(services.Provider, seed)));
        var statementsPerRequest = await Task.WhenAll(runs);

        // Three loaders, two waves: wave one fetches authors and their books, wave two the books' reviews.
        Assert.All(statementsPerRequest, count => Assert.Equal(3, count));
        Assert.Equal(requests * 3, services.Sql.Commands.Count);
    }

    private async Task<int> RunRequestAsync(IServiceProvider services, int seed)
    {
        var random = new Random(seed);
        var scheduler = new ManualBatchScheduler();
        var authorIds = Enumerable.Range(0, 12).Select(_ => library.Data.Authors[random.Next(library.Data.Authors.Count)].Id).ToList();

        // Every "resolver" asks through its own context object, as sibling fields would.
        var authorsTask = Task.WhenAll(authorIds.Select(id => FakeResolverContext.Create(services, scheduler).DataLoader<AuthorByIdLoader>().LoadAsync(id)));
        var booksTask = Task.WhenAll(authorIds.Select(id => FakeResolverContext.Create(services, scheduler).DataLoader<BooksByAuthorLoader>().LoadAsync(id)));
        var dispatches = 0;
        dispatches += await DispatchConcurrentlyAsync(scheduler);
        var authors = await authorsTask;
        var books = await booksTask;

        var bookIds = books.SelectMany(b => b).Select(b => b.Id).Distinct().ToList();
        var reviewsTask = Task.WhenAll(bookIds.Select(id => FakeResolverContext.Create(services, scheduler).DataLoader<NewestReviewsByBookLoader>().LoadAsync(id)));
        dispatches += await DispatchConcurrentlyAsync(scheduler);
        var reviews = await reviewsTask;

        for (var i = 0; i < authorIds.Count; i++)
        {
            Assert.Equal(authorIds[i], authors[i]?.Id);
            Assert.Equal(LibraryAnswers.BookIds(library.Data, authorIds[i]), books[i].Select(b => b.Id));
        }

        for (var i = 0; i < bookIds.Count; i++)
        {
            var (ids, hasNextPage) = LibraryAnswers.NewestReviews(library.Data, bookIds[i], NewestReviewsByBookLoader.PageSize);
            Assert.Equal(ids, reviews[i]!.Items.Select(r => r.Id));
            Assert.Equal(hasNextPage, reviews[i]!.HasNextPage);
        }

        return dispatches;
    }

    /// <summary>Starts every queued dispatch at once, as the executor does at the end of a wave; returns how many ran.</summary>
    private static async Task<int> DispatchConcurrentlyAsync(ManualBatchScheduler scheduler)
    {
        var wave = scheduler.TakeQueued();
        await Task.WhenAll(wave.Select(dispatch => Task.Run(async () => await dispatch(CancellationToken.None))));
        return wave.Count;
    }

    /// <summary>The tempting mistake: one context (say, a scoped service) shared by the request's loaders.</summary>
    private sealed class SharedContextAuthorLoader(IBatchScheduler scheduler, LibraryDbContext db) : BatchDataLoader<int, Author>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<int, Author>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            await db.Authors.AsNoTracking().Where(a => keys.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }
}
