using System.Text.Json;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.Data.Tests.Projections;

/// <summary>Projections through the executor: the SQL reads only the selected columns and joins, and the answers are right.</summary>
[Collection(LibraryCollection.Name)]
public sealed class ProjectionExecutionTests(LibraryFixture library)
{
    private static readonly Lazy<Schema> Schema = new(() => SchemaBuilder.New().AddQueryType<ProjectionQueries>().Create());

    [Fact]
    public async Task A_paged_projection_reads_only_the_selected_columns_the_keys_and_one_join()
    {
        var sql = new SqlCapture();

        var json = await RunAsync("{ books(first: 3) { nodes { title author { name } } edges { node { pages } } } }", sql);

        var command = Assert.Single(sql.Commands);
        Snapshot.Match(command.Sql, "tests", "KnowledgeApi.GraphQL.Data.Tests", "Projections", "__snapshots__", "paged-books-title-pages-author-name.sql");
        Assert.DoesNotContain("\"Subtitle\"", command.Sql, StringComparison.Ordinal);
        var expected = library.Data.Books.OrderByDescending(b => b.Rating).ThenBy(b => b.Id).Take(3).ToList();
        using var document = JsonDocument.Parse(json);
        var nodes = document.RootElement.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(expected.Select(b => b.Title), nodes.Select(n => n.GetProperty("title").GetString()));
        Assert.Equal(expected.Select(b => b.Author.Name), nodes.Select(n => n.GetProperty("author").GetProperty("name").GetString()));
        var pages = document.RootElement.GetProperty("data").GetProperty("books").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("pages").GetInt32());
        Assert.Equal(expected.Select(b => b.Pages), pages);
    }

    [Fact]
    public async Task Collections_are_projected_into_the_same_query()
    {
        var sql = new SqlCapture();

        var json = await RunAsync("{ authors { name books { title tags { name } } } }", sql);

        var command = Assert.Single(sql.Commands);
        Snapshot.Match(command.Sql, "tests", "KnowledgeApi.GraphQL.Data.Tests", "Projections", "__snapshots__", "authors-books-tags.sql");
        var expected = library.Data.Authors.Where(a => a.Id <= 3).OrderBy(a => a.Id).Select(a => new
        {
            name = a.Name,
            books = a.Books.OrderBy(b => b.Id).Select(b => new { title = b.Title, tags = b.Tags.OrderBy(t => t.Id).Select(t => new { name = t.Name }) }),
        });
        using var document = JsonDocument.Parse(json);
        var authors = document.RootElement.GetProperty("data").GetProperty("authors");
        Assert.Equal(
            JsonSerializer.Serialize(expected.Select(a => new { a.name, books = a.books.Select(b => b.title).Order(StringComparer.Ordinal) })),
            JsonSerializer.Serialize(authors.EnumerateArray().Select(a => new
            {
                name = a.GetProperty("name").GetString(),
                books = a.GetProperty("books").EnumerateArray().Select(b => b.GetProperty("title").GetString()).Order(StringComparer.Ordinal),
            })));
    }

    [Fact]
    public async Task Fragments_on_the_entity_are_projected_too()
    {
        var sql = new SqlCapture();

        var json = await RunAsync("{ authors { ...A } } fragment A on Author { country }", sql);

        var command = Assert.Single(sql.Commands);
        Assert.Contains("\"Country\"", command.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Name\"", command.Sql, StringComparison.Ordinal);
        Assert.StartsWith("{\"data\":{\"authors\":[", json, StringComparison.Ordinal);
    }

    private async Task<string> RunAsync(string query, SqlCapture sql)
    {
        await using var db = library.CreateContext(sql);
        var result = await new RequestExecutor(Schema.Value).ExecuteAsync(new GraphQLRequest { Query = query, Services = new DbServices(db) });
        return ((ExecutionResult)result).ToJson();
    }

    private sealed class DbServices(LibraryDbContext db) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(LibraryDbContext) ? db : null;
    }
}
