using System.Text.Json;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// Real front-end clients (Apollo Client, urql, graphql-request) run a query against the live
/// endpoint through the scripts in tests/js/http, which take the URL and the query as arguments.
/// </summary>
public sealed class FrontEndClientTests : IAsyncLifetime
{
    private const string BooksQuery = """
        query Books($id: ID!) {
          books { id title author { id name } }
          book(id: $id) { id title }
        }
        """;

    private const string Variables = """{"id":"3"}""";

    private GraphQLTestServer server = null!;

    public async Task InitializeAsync() => server = await GraphQLTestServer.StartAsync(TestSchema.AddTo);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Apollo_Client_gets_the_data_and_normalizes_it_by_typename_and_id()
    {
        var output = await NodeScript.RunAsync("apollo.mjs", server.GraphQLUrl.ToString(), BooksQuery, Variables);

        Assert.Equal(JsonValueKind.Null, output.GetProperty("errors").ValueKind);
        AssertBooks(output.GetProperty("data"));
        var keys = output.GetProperty("cacheKeys").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Equal(["Author:a1", "Author:a2", "Book:1", "Book:2", "Book:3", "ROOT_QUERY"], keys);
    }

    [Theory]
    [InlineData("post", "POST")]
    [InlineData("get", "GET")]
    public async Task Urql_gets_the_data_over_POST_and_GET(string mode, string method)
    {
        var output = await NodeScript.RunAsync("urql.mjs", server.GraphQLUrl.ToString(), BooksQuery, Variables, mode);

        Assert.Equal(JsonValueKind.Null, output.GetProperty("error").ValueKind);
        AssertBooks(output.GetProperty("data"));
        Assert.Equal(method, Assert.Single(output.GetProperty("requests").EnumerateArray()).GetProperty("method").GetString());
    }

    [Fact]
    public async Task Graphql_request_gets_the_data()
    {
        var output = await NodeScript.RunAsync("graphql-request.mjs", server.GraphQLUrl.ToString(), BooksQuery, Variables);

        Assert.Equal(JsonValueKind.Null, output.GetProperty("error").ValueKind);
        AssertBooks(output.GetProperty("data"));
    }

    [Fact]
    public async Task Graphql_request_reports_a_request_error_from_the_400()
    {
        var output = await NodeScript.RunAsync("graphql-request.mjs", server.GraphQLUrl.ToString(), "query ($id: ID!) { book(id: $id) { title } }", """{"id":null}""");

        Assert.Equal(JsonValueKind.String, output.GetProperty("error").ValueKind);
    }

    private static void AssertBooks(JsonElement data)
    {
        var titles = data.GetProperty("books").EnumerateArray().Select(b => b.GetProperty("title").GetString()).ToList();
        Assert.Equal(["The Hobbit", "The Left Hand of Darkness", "The Lord of the Rings"], titles);
        Assert.Equal("J. R. R. Tolkien", data.GetProperty("books")[0].GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("The Lord of the Rings", data.GetProperty("book").GetProperty("title").GetString());
    }
}
