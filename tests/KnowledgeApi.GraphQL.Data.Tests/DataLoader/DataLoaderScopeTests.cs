using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

[Collection(LibraryCollection.Name)]
public sealed class DataLoaderScopeTests(LibraryFixture library)
{
    [Fact]
    public async Task Resolvers_of_one_request_share_a_loader_and_the_next_request_gets_a_fresh_one()
    {
        using var services = new LibraryServices(library.Database, s => s.AddDataLoader<AuthorByIdLoader>());
        var request = new ManualBatchScheduler();
        var sibling = FakeResolverContext.Create(services.Provider, request);
        var cousin = FakeResolverContext.Create(services.Provider, request);
        var nextRequest = FakeResolverContext.Create(services.Provider, new ManualBatchScheduler());

        var loader = sibling.DataLoader<AuthorByIdLoader>();

        Assert.Same(loader, cousin.DataLoader<AuthorByIdLoader>());
        Assert.NotSame(loader, nextRequest.DataLoader<AuthorByIdLoader>());

        var fromSibling = sibling.DataLoader<AuthorByIdLoader>().LoadAsync(1);
        var fromCousin = cousin.DataLoader<AuthorByIdLoader>().LoadAsync(2);
        await request.DispatchAsync();
        Assert.NotNull(await fromSibling);
        Assert.NotNull(await fromCousin);
        Assert.Single(services.Sql.Commands);
    }

    [Fact]
    public async Task A_loader_asked_for_by_its_interface_is_built_from_the_registered_implementation_with_its_services()
    {
        using var services = new LibraryServices(library.Database, s => s.AddDataLoader<IBookCountLoader, BookCountLoader>());
        var scheduler = new ManualBatchScheduler();
        var context = FakeResolverContext.Create(services.Provider, scheduler);

        var loader = context.DataLoader<IBookCountLoader>();
        var count = loader.LoadAsync(library.Data.Authors[0].Id);
        await scheduler.DispatchAsync();

        Assert.IsType<BookCountLoader>(loader);
        Assert.Equal(library.Data.Authors[0].Books.Count, await count);
    }

    [Fact]
    public void An_interface_nobody_registered_is_a_clear_error()
    {
        using var services = new LibraryServices(library.Database);
        var context = FakeResolverContext.Create(services.Provider, new ManualBatchScheduler());

        var error = Assert.Throws<InvalidOperationException>(() => context.DataLoader<IBookCountLoader>());

        Assert.Contains("No DataLoader is registered for IBookCountLoader", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registration_with_a_factory_is_used_and_the_builder_overload_registers_on_its_services()
    {
        var builder = new TestExecutorBuilder();
        var created = 0;
        builder.AddDataLoader((_, scheduler) =>
        {
            created++;
            return new Doubler(scheduler);
        });
        using var provider = builder.Services.BuildServiceProvider();
        var context = FakeResolverContext.Create(provider, new ManualBatchScheduler());

        context.DataLoader<Doubler>();
        context.DataLoader<Doubler>();

        Assert.Equal(1, created);
    }

    [Fact]
    public async Task Inline_loaders_are_shared_by_name_within_a_request()
    {
        using var services = new LibraryServices(library.Database);
        var scheduler = new ManualBatchScheduler();
        var first = FakeResolverContext.Create(services.Provider, scheduler);
        var second = FakeResolverContext.Create(services.Provider, scheduler);
        var fetches = 0;

        Task<IReadOnlyDictionary<int, string>> Fetch(IReadOnlyList<int> keys, CancellationToken ct)
        {
            Interlocked.Increment(ref fetches);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"#{k}"));
        }

        var a = first.BatchDataLoader<int, string>(Fetch, "labels").LoadAsync(1);
        var b = second.BatchDataLoader<int, string>(Fetch, "labels").LoadAsync(2);
        var other = second.BatchDataLoader<int, string>(Fetch, "other labels").LoadAsync(3);
        await scheduler.DispatchAsync();

        Assert.Equal("#1", await a);
        Assert.Equal("#2", await b);
        Assert.Equal("#3", await other);
        Assert.Equal(2, fetches);
    }

    [Fact]
    public async Task Inline_group_and_cache_loaders_work_from_a_resolver_context()
    {
        using var services = new LibraryServices(library.Database);
        var scheduler = new ManualBatchScheduler();
        var context = FakeResolverContext.Create(services.Provider, scheduler);
        var contexts = services.Contexts;
        var authorId = library.Data.Authors[1].Id;

        var titles = context.GroupDataLoader<int, string>(
            async (keys, ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var rows = await db.Books.Where(b => keys.Contains(b.AuthorId)).Select(b => new { b.AuthorId, b.Title }).ToListAsync(ct);
                return rows.ToLookup(r => r.AuthorId, r => r.Title);
            },
            "titles by author").LoadAsync(authorId);
        var name = context.CacheDataLoader<int, string?>(
            async (key, ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                return await db.Authors.Where(a => a.Id == key).Select(a => a.Name).SingleOrDefaultAsync(ct);
            },
            "author name").LoadAsync(authorId);

        Assert.Equal(library.Data.Authors[1].Name, await name);
        await scheduler.DispatchAsync();
        Assert.Equal(library.Data.Authors[1].Books.Select(b => b.Title).Order(StringComparer.Ordinal), (await titles).Order(StringComparer.Ordinal));
    }

    public interface IBookCountLoader : IDataLoader<int, int>;

    /// <summary>Counts an author's books in SQL; asked for by its interface.</summary>
    public sealed class BookCountLoader(IBatchScheduler scheduler, IDbContextFactory<LibraryDbContext> contexts)
        : BatchDataLoader<int, int>(scheduler), IBookCountLoader
    {
        protected override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Books.Where(b => keys.Contains(b.AuthorId)).GroupBy(b => b.AuthorId)
                .ToDictionaryAsync(g => g.Key, g => g.Count(), cancellationToken);
        }
    }

    public sealed class Doubler(IBatchScheduler scheduler) : BatchDataLoader<int, int>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2));
    }

    private sealed class TestExecutorBuilder : IRequestExecutorBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();

        public IRequestExecutorBuilder ConfigureSchema(Action<IServiceProvider, KnowledgeApi.GraphQL.Types.SchemaBuilder> configure) => this;
    }
}
