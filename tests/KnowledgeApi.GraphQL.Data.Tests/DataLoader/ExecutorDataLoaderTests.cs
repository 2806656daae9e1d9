using System.Data.Common;
using System.Text.Json;
using KnowledgeApi.GraphQL.Data.DataLoader;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

/// <summary>
/// The DataLoaders driven by the real executor: N parents' relations load in one SQL statement
/// per loader, so 5 and 50 parents cost the same number of statements.
/// </summary>
[Collection(LibraryCollection.Name)]
public sealed class ExecutorDataLoaderTests(LibraryFixture library)
{
    private const string BooksQuery = """
        query Books($first: Int!) {
          books(first: $first) {
            id
            title
            author { id name }
            newestReviews { hasNextPage items { id stars } }
          }
        }
        """;

    private const string AuthorsQuery = """
        query Authors($first: Int!) {
          authors(first: $first) {
            name
            books { id author { name } }
          }
        }
        """;

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task Books_with_their_author_and_newest_reviews_cost_three_statements_whatever_their_number(int first)
    {
        using var server = new LoaderServer(library.Database);

        using var json = await server.ExecuteAsync(BooksQuery, first);

        // The root list, one IN for the authors, one ROW_NUMBER window for the reviews.
        var statements = server.Sql.Commands.Select(c => c.Sql).ToList();
        Assert.Equal(3, statements.Count);
        Assert.Single(statements, s => s.Contains("\"Id\" IN (", StringComparison.Ordinal) && s.Contains("\"Authors\"", StringComparison.Ordinal));
        Assert.Single(statements, s => s.Contains("ROW_NUMBER() OVER(PARTITION BY", StringComparison.Ordinal));

        var books = json.RootElement.GetProperty("data").GetProperty("books").EnumerateArray().ToList();
        Assert.Equal(first, books.Count);
        foreach (var book in books)
        {
            var id = book.GetProperty("id").GetInt32();
            var expected = library.Data.Books.Single(b => b.Id == id);
            Assert.Equal(expected.Author.Name, book.GetProperty("author").GetProperty("name").GetString());
            var (reviewIds, hasNextPage) = LibraryAnswers.NewestReviews(library.Data, id, NewestReviewsByBookLoader.PageSize);
            var page = book.GetProperty("newestReviews");
            Assert.Equal(hasNextPage, page.GetProperty("hasNextPage").GetBoolean());
            Assert.Equal(reviewIds, page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task Authors_with_books_and_the_books_authors_cost_one_statement_per_level(int first)
    {
        using var server = new LoaderServer(library.Database);

        using var json = await server.ExecuteAsync(AuthorsQuery, first);

        // Authors; their books (one grouped IN); the books' authors (one IN; a wave later).
        Assert.True(3 == server.Sql.Commands.Count, string.Join("\n---\n", server.Sql.Commands.Select(c => c.Sql.Replace("\n", " ", StringComparison.Ordinal) + " " + string.Join(",", c.Parameters.Values))));
        var authors = json.RootElement.GetProperty("data").GetProperty("authors").EnumerateArray().ToList();
        Assert.Equal(first, authors.Count);
        foreach (var author in authors)
        {
            var name = author.GetProperty("name").GetString();
            var books = author.GetProperty("books").EnumerateArray().ToList();
            Assert.Equal(library.Data.Authors.Single(a => a.Name == name && a.Books.Count == books.Count).Books.Count, books.Count);
            Assert.All(books, b => Assert.Equal(name, b.GetProperty("author").GetProperty("name").GetString()));
        }
    }

    [Fact]
    public async Task A_relation_asked_for_twice_in_one_request_is_fetched_once()
    {
        using var server = new LoaderServer(library.Database);

        using var json = await server.ExecuteAsync(
            """
            query Twice($first: Int!) {
              a: books(first: $first) { author { name } }
              b: books(first: $first) { writer: author { id } }
            }
            """,
            10);

        // Two root lists, and the authors of both in one batch.
        Assert.Equal(3, server.Sql.Commands.Count);
        Assert.Equal(10, json.RootElement.GetProperty("data").GetProperty("b").GetArrayLength());
    }

    [Fact]
    public async Task Concurrent_requests_each_get_their_own_loaders_and_contexts()
    {
        using var server = new LoaderServer(library.Database);
        using var expected = await server.ExecuteAsync(BooksQuery, 20);
        var expectedJson = expected.RootElement.GetRawText();
        server.Sql.Clear();

        var runs = Enumerable.Range(0, 24).Select(_ => Task.Run(async () =>
        {
            using var json = await server.ExecuteAsync(BooksQuery, 20);
            return json.RootElement.GetRawText();
        }));
        var results = await Task.WhenAll(runs);

        Assert.All(results, r => Assert.Equal(expectedJson, r));
        Assert.Equal(24 * 3, server.Sql.Commands.Count);
    }

    [Fact]
    public async Task A_failing_loader_becomes_a_field_error_on_every_field_that_waited_for_it()
    {
        using var server = new LoaderServer(library.Database, breakReviews: true);

        using var json = await server.ExecuteAsync(BooksQuery, 3, expectErrors: true);

        // One batch for the three books failed once, and each of the three fields reports it.
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal([0, 1, 2], errors.Select(e => e.GetProperty("path")[1].GetInt32()).Order());
        Assert.All(errors, e => Assert.Equal("newestReviews", e.GetProperty("path")[2].GetString()));
        Assert.Equal(1, server.Failures.Attempts);
    }

    /// <summary>A service container with the executor, the loaders and the pooled factory, one scope per request.</summary>
    private sealed class LoaderServer : IDisposable
    {
        private readonly ServiceProvider _provider;

        public LoaderServer(LibraryDatabase database, bool breakReviews = false)
        {
            var services = new ServiceCollection();
            Failures = new FailingCommands(breakReviews ? "\"Reviews\"" : null);
            services.AddPooledDbContextFactory<LibraryDbContext>(o => o.UseSqlite(database.ConnectionString).AddInterceptors(Sql, Failures));
            services.AddGraphQL()
                .AddQueryType<LoaderQuery>()
                .RegisterDbContextFactory<LibraryDbContext>()
                .AddDataLoader<AuthorByIdLoader>()
                .AddDataLoader<BooksByAuthorLoader>()
                .AddDataLoader<NewestReviewsByBookLoader>();

            _provider = services.BuildServiceProvider();
        }

        public SqlCapture Sql { get; } = new();

        public FailingCommands Failures { get; }

        public async Task<JsonDocument> ExecuteAsync(string query, int first, bool expectErrors = false)
        {
            var executor = _provider.GetRequiredService<IRequestExecutor>();
            await using var scope = _provider.CreateAsyncScope();
            var request = new GraphQLRequest
            {
                Query = query,
                Variables = new Dictionary<string, object?> { ["first"] = first },
                Services = scope.ServiceProvider,
            };

            // Off xunit's SynchronizationContext, as under ASP.NET Core (which has none): resolvers
            // awaiting a load would otherwise resume through that context's queue, late.
            var result = await Task.Run(() => executor.ExecuteAsync(request));
            if (!expectErrors)
            {
                Assert.Empty(result.Errors);
            }

            return JsonDocument.Parse(((ExecutionResult)result).ToJson());
        }

        public void Dispose() => _provider.Dispose();
    }

    /// <summary>Makes the database refuse every command that reads the given table, as an outage would.</summary>
    private sealed class FailingCommands(string? table) : DbCommandInterceptor
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (table is not null && command.CommandText.Contains(table, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _attempts);
                throw new InvalidOperationException("The review store is down.");
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
