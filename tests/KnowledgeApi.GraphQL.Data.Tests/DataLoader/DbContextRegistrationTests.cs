using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

[Collection(LibraryCollection.Name)]
public sealed class DbContextRegistrationTests(LibraryFixture library)
{
    [Fact]
    public async Task Each_resolver_gets_its_own_pooled_context_which_returns_to_the_pool_when_the_request_ends()
    {
        var builder = new Builder();
        builder.Services.AddPooledDbContextFactory<LibraryDbContext>(o => o.UseSqlite(library.Database.ConnectionString));
        builder.RegisterDbContextFactory<LibraryDbContext>();
        await using var provider = builder.Services.BuildServiceProvider(validateScopes: true);

        LibraryDbContext first, second;
        await using (var request = provider.CreateAsyncScope())
        {
            first = request.ServiceProvider.GetRequiredService<LibraryDbContext>();
            second = request.ServiceProvider.GetRequiredService<LibraryDbContext>();
            Assert.NotSame(first, second);
            Assert.Equal(library.Data.Authors.Count, await first.Authors.CountAsync());
        }

        await using var nextRequest = provider.CreateAsyncScope();
        var reused = nextRequest.ServiceProvider.GetRequiredService<LibraryDbContext>();
        Assert.True(ReferenceEquals(reused, first) || ReferenceEquals(reused, second), "the context did not come back from the pool");
    }

    [Fact]
    public void A_context_registered_per_scope_is_refused_because_siblings_would_share_it()
    {
        var builder = new Builder();
        builder.Services.AddDbContext<LibraryDbContext>(o => o.UseSqlite(library.Database.ConnectionString));

        var error = Assert.Throws<InvalidOperationException>(() => builder.RegisterDbContextFactory<LibraryDbContext>());

        Assert.Contains("AddPooledDbContextFactory<LibraryDbContext>()", error.Message, StringComparison.Ordinal);
    }

    private sealed class Builder : IRequestExecutorBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();

        public IRequestExecutorBuilder ConfigureSchema(Action<IServiceProvider, SchemaBuilder> configure) => this;
    }
}
