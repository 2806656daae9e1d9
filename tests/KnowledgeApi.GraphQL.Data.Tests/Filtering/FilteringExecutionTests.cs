using System.Text.Json;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.Tests.Filtering;

/// <summary>
/// <c>where</c> and <c>order</c> through the real executor: GraphQL requests (literals and
/// variables) against <see cref="LibraryQuery"/> on the SQLite library, compared with the same
/// question answered by LINQ-to-objects, with the SQL each request sent.
/// </summary>
[Collection(LibraryCollection.Name)]
public sealed class FilteringExecutionTests(LibraryFixture library) : IAsyncLifetime
{
    private readonly SqlCapture capture = new();
    private ServiceProvider? provider;

    public Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton(library.Data);
        services.AddTransient(_ => library.CreateContext(capture));
        services.AddGraphQL().AddQueryType<LibraryQuery>().AddFiltering().AddSorting();
        provider = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (provider is not null)
        {
            await provider.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_where_and_order_literal_select_and_order_the_rows_in_one_sql_query()
    {
        var json = await RunAsync("""{ books(where: { title: { startsWith: "The" }, pages: { gte: 1000 } }, order: [{ pages: DESC }, { id: ASC }]) { id pages } }""");

        var expected = library.Data.Books
            .Where(b => b.Title.StartsWith("The", StringComparison.Ordinal) && b.Pages >= 1000)
            .OrderByDescending(b => b.Pages).ThenBy(b => b.Id)
            .Select(b => new { id = b.Id, pages = b.Pages });
        Assert.Equal(Data(new { books = expected }), json);
        var sql = Assert.Single(capture.Commands).Sql;
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_carry_the_filter_and_the_order()
    {
        var variables = new Dictionary<string, object?>
        {
            ["where"] = new Dictionary<string, object?>
            {
                ["genre"] = new Dictionary<string, object?> { ["in"] = new List<object?> { "POETRY", "HISTORY" } },
                ["publishedAt"] = new Dictionary<string, object?> { ["gt"] = "2015-01-01T00:00:00Z" },
                ["reviews"] = new Dictionary<string, object?> { ["some"] = new Dictionary<string, object?> { ["stars"] = new Dictionary<string, object?> { ["eq"] = 5 } } },
            },
            ["order"] = new List<object?> { new Dictionary<string, object?> { ["author"] = new Dictionary<string, object?> { ["name"] = "ASC" } }, new Dictionary<string, object?> { ["id"] = "DESC" } },
        };

        var json = await RunAsync(
            """query($where: BookFilterInput, $order: [BookSortInput!]) { books(where: $where, order: $order) { id authorId } }""", variables);

        var expected = library.Data.Books
            .Where(b => b.Genre is Genre.Poetry or Genre.History && b.PublishedAt > new DateTime(2015, 1, 1) && b.Reviews.Any(r => r.Stars == 5))
            .OrderBy(b => b.Author.Name, StringComparer.Ordinal).ThenByDescending(b => b.Id)
            .Select(b => new { id = b.Id, authorId = b.AuthorId });
        Assert.Equal(Data(new { books = expected }), json);
    }

    [Fact]
    public async Task A_list_filter_over_the_n_to_m_relation_and_a_single_order_object()
    {
        var json = await RunAsync("""{ authors(where: { books: { some: { tags: { some: { name: { eq: "tag-13" } } } } }, country: { neq: null } }, order: { name: DESC }) { name } }""");

        var expected = library.Data.Authors
            .Where(a => a.Books.Any(b => b.Tags.Any(t => t.Name == "tag-13")) && a.Country is not null)
            .OrderByDescending(a => a.Name, StringComparer.Ordinal)
            .Select(a => new { name = a.Name });
        Assert.Equal(Data(new { authors = expected }), json);
    }

    [Fact]
    public async Task An_in_memory_field_is_filtered_and_sorted_by_linq_to_objects()
    {
        var json = await RunAsync("""{ tags(where: { name: { endsWith: "5" } }, order: [{ name: DESC }]) { name } }""");

        var expected = library.Data.Tags.Where(t => t.Name.EndsWith('5')).OrderByDescending(t => t.Name, StringComparer.Ordinal).Select(t => new { name = t.Name });
        Assert.Equal(Data(new { tags = expected }), json);
        Assert.Empty(capture.Commands);
    }

    [Fact]
    public async Task Null_for_an_operation_that_cannot_take_it_is_a_field_error_hc0026()
    {
        var result = await provider!.GetRequiredService<IRequestExecutor>().ExecuteAsync(
            new GraphQLRequest { Query = """{ books(where: { pages: { gt: null } }) { id } }""" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("HC0026", error.Code);
        Assert.Equal(["books"], error.Path);
        Assert.Equal("Int!", error.Extensions.Single(e => e.Key == "expectedType").Value);
        Assert.Equal("IntOperationFilterInput", error.Extensions.Single(e => e.Key == "filterType").Value);
        Assert.True(result.HasData);
        Assert.StartsWith("""{"errors":[{"message":"The filter `gt` of IntOperationFilterInput cannot take null""", ToJson(result), StringComparison.Ordinal);
        Assert.EndsWith(""","data":null}""", ToJson(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_filter_field_is_a_validation_error_before_any_sql()
    {
        var result = await provider!.GetRequiredService<IRequestExecutor>().ExecuteAsync(
            new GraphQLRequest { Query = """{ books(where: { title: { like: "x" } }) { id } }""" });

        Assert.False(result.HasData);
        Assert.NotEmpty(result.Errors);
        Assert.Empty(capture.Commands);
    }

    private async Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await provider!.GetRequiredService<IRequestExecutor>().ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables });
        Assert.Empty(result.Errors);
        return ToJson(result);
    }

    private static string ToJson(IExecutionResult result) => Assert.IsType<ExecutionResult>(result).ToJson();

    // The executor writes non-ASCII text as is; so must the expected JSON.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Data(object data) => JsonSerializer.Serialize(new { data }, Unescaped);
}
