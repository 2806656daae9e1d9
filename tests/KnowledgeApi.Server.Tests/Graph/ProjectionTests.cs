using KnowledgeApi.Server.Tests.Hosting;
using Xunit.Abstractions;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>
/// The root connections project (<c>[UsePaging] [UseProjection] [UseFiltering] [UseSorting]</c>):
/// the database reads the selected columns, the keys and what relation resolvers load by, and
/// nothing else, so a list of titles never drags the article bodies along.
/// </summary>
public sealed class ProjectionTests(UnlimitedCostServer server, ITestOutputHelper output) : IClassFixture<UnlimitedCostServer>
{
    [Fact]
    public async Task A_list_of_titles_does_not_read_the_article_bodies()
    {
        var statement = await SingleRootStatementAsync("""{ articles { nodes { title } } }""", "articles");

        Assert.Contains("\"Title\"", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Body\"", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ContentHash\"", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Subtitle\"", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_body_is_read_when_it_is_selected()
    {
        var statement = await SingleRootStatementAsync("""{ articles { nodes { body } } }""", "articles");

        Assert.Contains("\"Body\"", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Title\"", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_projected_article_still_finds_its_publisher_authors_and_quotations()
    {
        server.Statements.Reset();
        var response = await server.ExecuteAsync("""
            { articles { nodes { title publisher { name } authors { nodes { name } } quotations(first: 1) { nodes { text } } } } }
            """);

        var articles = response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes");
        Assert.Equal(2, articles.GetArrayLength());
        Assert.All(articles.EnumerateArray(), a =>
        {
            Assert.Equal("World Socialist Web Site", a.GetProperty("publisher").GetProperty("name").GetString());
            Assert.NotEqual(0, a.GetProperty("authors").GetProperty("nodes").GetArrayLength());
            Assert.Equal(1, a.GetProperty("quotations").GetProperty("nodes").GetArrayLength());
        });
        var root = server.Statements.Statements[0];
        Assert.Contains("\"PublisherId\"", root, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Body\"", root, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Projected_quotations_keep_their_article_their_speaker_and_the_unnamed_speakers_description()
    {
        server.Statements.Reset();
        // Two pages of 20, so the request stays under the default cost limit.
        var response = await server.ExecuteAsync("""
            query($after: String) { quotations(first: 20, after: $after) { pageInfo { endCursor } nodes { text article { title } speaker { __typename name } } } }
            """);
        var second = await server.ExecuteAsync(
            """
            query($after: String) { quotations(first: 20, after: $after) { nodes { text article { title } speaker { __typename name } } } }
            """,
            new Dictionary<string, object?> { ["after"] = response.DataWithoutErrors().GetProperty("quotations").GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        var quotations = response.DataWithoutErrors().GetProperty("quotations").GetProperty("nodes").EnumerateArray()
            .Concat(second.DataWithoutErrors().GetProperty("quotations").GetProperty("nodes").EnumerateArray()).ToList();
        Assert.All(quotations, q => Assert.NotEmpty(q.GetProperty("article").GetProperty("title").GetString()!));
        var speakers = quotations.Where(q => q.GetProperty("speaker").ValueKind != System.Text.Json.JsonValueKind.Null)
            .Select(q => (Type: q.GetProperty("speaker").GetProperty("__typename").GetString(), Name: q.GetProperty("speaker").GetProperty("name").GetString()))
            .ToList();
        Assert.Contains(("Person", "Donald Trump"), speakers);
        Assert.Contains(speakers, s => s.Type == "UnnamedSpeaker" && s.Name!.Length > 0);

        var root = server.Statements.Statements[0];
        output.WriteLine(root);
        Assert.Contains("\"Text\"", root, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Verb\"", root, StringComparison.Ordinal);
        Assert.DoesNotContain("\"IsFragment\"", root, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ people { nodes { name } } }""", "people", "\"Name\"", "\"Description\"")]
    [InlineData("""{ organizations { nodes { name } } }""", "organizations", "\"Name\"", "\"Aliases\"")]
    [InlineData("""{ events { nodes { name } } }""", "events", "\"Name\"", "\"Description\"")]
    public async Task Entity_lists_read_only_the_selected_columns(string query, string field, string read, string notRead)
    {
        var statement = await SingleRootStatementAsync(query, field);

        Assert.Contains(read, statement, StringComparison.Ordinal);
        Assert.DoesNotContain(notRead, statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_and_sorting_work_beneath_the_projection()
    {
        var response = await server.ExecuteAsync("""
            {
              articles(where: { quotations: { some: { speakerPerson: { name: { eq: "Donald Trump" } } } } }, order: { title: DESC }) { nodes { title } }
              people(where: { aliases: { some: { eq: "AMLO" } } }) { nodes { name } }
            }
            """);

        var data = response.DataWithoutErrors();
        var titles = data.GetProperty("articles").GetProperty("nodes").Strings("title");
        Assert.Equal(2, titles.Count);
        Assert.Equal(titles.OrderByDescending(t => t, StringComparer.Ordinal), titles);
        Assert.Equal(["Andrés Manuel López Obrador"], data.GetProperty("people").GetProperty("nodes").Strings("name"));
    }

    private async Task<string> SingleRootStatementAsync(string query, string field)
    {
        server.Statements.Reset();
        var response = await server.ExecuteAsync(query);

        Assert.NotEqual(0, response.DataWithoutErrors().GetProperty(field).GetProperty("nodes").GetArrayLength());
        var statement = Assert.Single(server.Statements.Statements);
        output.WriteLine(statement);
        return statement;
    }
}
