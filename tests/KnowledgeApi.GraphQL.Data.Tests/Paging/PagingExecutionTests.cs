using System.Text.Json;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Tests.Paging;

/// <summary>Paging through the real executor over the SQLite library: responses, errors and the SQL sent.</summary>
[Collection(LibraryCollection.Name)]
public sealed class PagingExecutionTests(LibraryFixture library)
{
    private static readonly Lazy<Schema> Schema = new(() => SchemaBuilder.New()
        .AddQueryType<PagingQueries>()
        .AddType<Book>()
        .Create());

    [Fact]
    public async Task Walking_the_connection_with_after_returns_every_book_once_in_order()
    {
        var expected = library.Data.Books.Where(b => b.Pages > 150)
            .OrderBy(b => b.Subtitle, StringComparer.Ordinal).ThenByDescending(b => b.Edition).ThenBy(b => b.Id)
            .Select(b => b.Id).ToList();
        var walked = new List<int>();
        string? after = null;
        int? totalCount = null;
        do
        {
            using var response = await RunAsync(
                """
                query Walk($after: String) {
                  books(first: 50, after: $after) {
                    edges { cursor node { id } }
                    pageInfo { hasNextPage hasPreviousPage endCursor }
                    totalCount
                  }
                }
                """,
                new Dictionary<string, object?> { ["after"] = after });
            var books = response.RootElement.GetProperty("data").GetProperty("books");
            walked.AddRange(books.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
            totalCount = books.GetProperty("totalCount").GetInt32();
            var pageInfo = books.GetProperty("pageInfo");
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(expected, walked);
        Assert.Equal(expected.Count, totalCount);
    }

    [Fact]
    public async Task Walking_backward_with_last_and_before_returns_the_same_order()
    {
        var expected = library.Data.Books.Where(b => b.Pages > 150)
            .OrderBy(b => b.Subtitle, StringComparer.Ordinal).ThenByDescending(b => b.Edition).ThenBy(b => b.Id)
            .Select(b => b.Id).ToList();
        var walked = new List<int>();
        string? before = null;
        do
        {
            using var response = await RunAsync(
                "query Walk($before: String) { books(last: 50, before: $before) { nodes { id } pageInfo { hasPreviousPage startCursor } } }",
                new Dictionary<string, object?> { ["before"] = before });
            var books = response.RootElement.GetProperty("data").GetProperty("books");
            walked.InsertRange(0, books.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            var pageInfo = books.GetProperty("pageInfo");
            before = pageInfo.GetProperty("hasPreviousPage").GetBoolean() ? pageInfo.GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task Without_first_or_last_the_field_default_page_size_applies()
    {
        using var response = await RunAsync("{ authors { nodes { id } pageInfo { hasNextPage } } }");

        var ids = response.RootElement.GetProperty("data").GetProperty("authors").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32());
        Assert.Equal(library.Data.Authors.Select(a => a.Id).Order().Take(3), ids);
    }

    [Fact]
    public async Task Too_many_items_is_HC0051_and_the_field_becomes_null()
    {
        var json = await RunJsonAsync("{ authors(first: 6) { nodes { id } } }");

        Assert.Equal(
            """{"errors":[{"message":"The page size asked for is larger than this field allows.","locations":[{"line":1,"column":3}],"path":["authors"],"extensions":{"code":"HC0051","coordinate":"Query.authors","requestedItems":6,"maxAllowedItems":5}}],"data":{"authors":null}}""",
            json);
    }

    [Fact]
    public async Task A_negative_page_size_is_HC0079()
    {
        var json = await RunJsonAsync("{ authors(last: -1) { nodes { id } } }");

        Assert.Contains("\"code\":\"HC0079\"", json, StringComparison.Ordinal);
        Assert.Contains("\"argument\":\"last\"", json, StringComparison.Ordinal);
        Assert.EndsWith("\"data\":{\"authors\":null}}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_from_another_field_order_is_HC0078()
    {
        using var books = await RunAsync("{ books(first: 1) { pageInfo { endCursor } } }");
        var cursor = books.RootElement.GetProperty("data").GetProperty("books").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var json = await RunJsonAsync("query($c: String) { authors(after: $c) { nodes { id } } }", new Dictionary<string, object?> { ["c"] = cursor });

        Assert.Contains("\"message\":\"The cursor given in `after` is not valid for this list and order.\"", json, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"HC0078\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"cursor\":\"{cursor}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Total_count_alone_sends_one_count_and_no_page_query()
    {
        var sql = new SqlCapture();

        using var response = await RunAsync("{ books { totalCount } }", interceptor: sql);

        Assert.Equal(library.Data.Books.Count(b => b.Pages > 150), response.RootElement.GetProperty("data").GetProperty("books").GetProperty("totalCount").GetInt32());
        var command = Assert.Single(sql.Commands);
        Assert.Contains("COUNT(*)", command.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Total_count_with_the_page_is_read_in_the_page_statement()
    {
        var sql = new SqlCapture();
        string[] expected;
        await using (var db = library.CreateContext())
        {
            expected = [.. ((IOrderedQueryable<Book>)new PagingQueries().GetBooks(db)).ThenBy(b => b.Id).Take(3).Select(b => b.Title)];
        }

        using var response = await RunAsync("{ books(first: 3) { totalCount nodes { title } } }", interceptor: sql);

        var books = response.RootElement.GetProperty("data").GetProperty("books");
        Assert.Equal(library.Data.Books.Count(b => b.Pages > 150), books.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, books.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()).ToArray());
        var command = Assert.Single(sql.Commands);
        Assert.Contains("COUNT(*)", command.Sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT", command.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Total_count_of_an_empty_page_still_counts_every_row()
    {
        var sql = new SqlCapture();
        var all = library.Data.Books.Count(b => b.Pages > 150);
        using var last = await RunAsync("{ books(last: 1) { pageInfo { endCursor } } }");
        var endCursor = last.RootElement.GetProperty("data").GetProperty("books").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        using var response = await RunAsync($$"""{ books(after: "{{endCursor}}") { totalCount nodes { id } } }""", interceptor: sql);

        var books = response.RootElement.GetProperty("data").GetProperty("books");
        Assert.Equal(all, books.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, books.GetProperty("nodes").GetArrayLength());
        Assert.Equal(2, sql.Commands.Count);
    }

    [Fact]
    public async Task Without_total_count_in_the_selection_nothing_is_counted_even_through_fragments()
    {
        var sql = new SqlCapture();

        using var response = await RunAsync(
            "{ books(first: 2) { ...Page } } fragment Page on BooksConnection { edges { node { id } } ... on BooksConnection { pageInfo { hasNextPage } } }",
            interceptor: sql);

        var command = Assert.Single(sql.Commands);
        Assert.DoesNotContain("COUNT", command.Sql, StringComparison.Ordinal);
        Assert.Equal(2, response.RootElement.GetProperty("data").GetProperty("books").GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Offset_segments_page_by_skip_and_take()
    {
        using var response = await RunAsync("{ bookSegments(skip: 4, take: 3) { items { id } pageInfo { hasNextPage hasPreviousPage } totalCount } }");

        var segment = response.RootElement.GetProperty("data").GetProperty("bookSegments");
        var expected = library.Data.Books.OrderByDescending(b => b.Rating).ThenBy(b => b.Id).Skip(4).Take(3).Select(b => b.Id);
        Assert.Equal(expected, segment.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(library.Data.Books.Count, segment.GetProperty("totalCount").GetInt32());
    }

    private async Task<JsonDocument> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, SqlCapture? interceptor = null) =>
        JsonDocument.Parse(await RunJsonAsync(query, variables, interceptor));

    private async Task<string> RunJsonAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, SqlCapture? interceptor = null)
    {
        await using var db = interceptor is null ? library.CreateContext() : library.CreateContext(interceptor);
        var executor = new RequestExecutor(Schema.Value);
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = new DbServices(db) });
        return ((ExecutionResult)result).ToJson();
    }

    private sealed class DbServices(LibraryDbContext db) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(LibraryDbContext) ? db : null;
    }
}
