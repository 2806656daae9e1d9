using KnowledgeApi.GraphQL.Data.Tests.TestModel;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

[Collection(LibraryCollection.Name)]
public sealed class SqlBatchingTests(LibraryFixture library)
{
    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task The_books_of_many_authors_load_in_one_statement_with_an_IN_list(int authorCount)
    {
        using var services = new LibraryServices(library.Database);
        var scheduler = new ManualBatchScheduler();
        var loader = new BooksByAuthorLoader(scheduler, services.Contexts);
        var authorIds = library.Data.Authors.Take(authorCount).Select(a => a.Id).ToList();

        var loads = authorIds.Select(id => loader.LoadAsync(id)).ToList();
        await scheduler.DispatchAsync();
        var books = await Task.WhenAll(loads);

        var sql = services.Sql.SingleSql;
        Assert.Contains("\"AuthorId\" IN (", sql, StringComparison.Ordinal);
        for (var i = 0; i < authorIds.Count; i++)
        {
            Assert.Equal(LibraryAnswers.BookIds(library.Data, authorIds[i]), books[i].Select(b => b.Id));
        }

        // Keys travel as parameters, so one cached plan serves every request.
        Assert.True(services.Sql.Commands[0].Parameters.Count >= authorCount);
    }

    [Fact]
    public async Task Authors_by_id_load_in_one_statement_and_an_unknown_id_is_null()
    {
        using var services = new LibraryServices(library.Database);
        var scheduler = new ManualBatchScheduler();
        var loader = new AuthorByIdLoader(scheduler, services.Contexts);
        var known = library.Data.Authors[3];

        var found = loader.LoadAsync(known.Id);
        var unknown = loader.LoadAsync(-1);
        await scheduler.DispatchAsync();

        Assert.Equal(known.Name, (await found)?.Name);
        Assert.Null(await unknown);
        Assert.Single(services.Sql.Commands);
    }

    [Fact]
    public async Task A_second_wave_costs_one_more_statement_and_cached_keys_cost_none()
    {
        using var services = new LibraryServices(library.Database);
        var scheduler = new ManualBatchScheduler();
        var loader = new AuthorByIdLoader(scheduler, services.Contexts);

        var first = loader.LoadAsync([1, 2, 3]);
        await scheduler.DispatchAsync();
        await first;
        var second = loader.LoadAsync([2, 3, 4]);
        await scheduler.DispatchAsync();
        await second;

        Assert.Equal(2, services.Sql.Commands.Count);
        Assert.Equal(1, services.Sql.Commands[1].Parameters.Count(p => Equals(p.Value, 4)));
        Assert.DoesNotContain(services.Sql.Commands[1].Parameters.Values, v => Equals(v, 2));
    }
}
