using System.Text.RegularExpressions;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Server.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>
/// Paged relations under parents (<c>quotations(first:, after:)</c> of each article) come from one
/// windowed statement per page asked for, and page exactly like slicing the relation's whole list:
/// same order as the database's reading order, same cursors, same page info.
/// </summary>
public sealed partial class RelationPagingTests(SeededServer server, ITestOutputHelper output) : IClassFixture<SeededServer>
{
    private const string ArticleQuotations = """
        query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
          article(id: $id) {
            quotations(first: $first, after: $after, last: $last, before: $before) {
              edges { cursor node { text } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }
        }
        """;

    [Fact]
    public async Task The_whole_list_comes_in_the_databases_reading_order()
    {
        foreach (var (id, articleKey) in await SeedArticlesAsync())
        {
            var whole = await WholeListAsync(id);

            var factory = server.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            var expected = await db.Quotations.Where(q => q.ArticleId == articleKey)
                .OrderBy(q => q.ParagraphIndex).ThenBy(q => q.StartOffset).ThenBy(q => q.Id).Select(q => q.Text).ToListAsync();
            Assert.True(expected.Count >= 4, "The seeds must give an article several quotations, or paging proves little.");
            Assert.Equal(expected, whole.Select(e => e.Text));
        }
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, 0)]
    [InlineData(2, 1)]
    [InlineData(1, 2)]
    [InlineData(50, 1)]
    public async Task A_page_after_a_cursor_equals_the_slice_of_the_whole_list(int first, int? afterIndex)
    {
        foreach (var (id, _) in await SeedArticlesAsync())
        {
            var whole = await WholeListAsync(id);
            var after = afterIndex is { } index ? whole[index].Cursor : null;

            var page = await PageAsync(id, new() { ["first"] = first, ["after"] = after });

            var start = afterIndex + 1 ?? 0;
            var expected = whole.Skip(start).Take(first).ToList();
            Assert.Equal(expected.Select(e => e.Text), page.Edges.Select(e => e.Text));
            Assert.Equal(expected.Select(e => e.Cursor), page.Edges.Select(e => e.Cursor));
            Assert.Equal(start + first < whole.Count, page.HasNextPage);
            Assert.Equal(after is not null, page.HasPreviousPage);
        }
    }

    [Fact]
    public async Task Last_and_before_page_backwards_through_the_same_order()
    {
        foreach (var (id, _) in await SeedArticlesAsync())
        {
            var whole = await WholeListAsync(id);

            var tail = await PageAsync(id, new() { ["last"] = 2 });
            var beforeThird = await PageAsync(id, new() { ["last"] = 1, ["before"] = whole[2].Cursor });

            Assert.Equal(whole.TakeLast(2).Select(e => e.Text), tail.Edges.Select(e => e.Text));
            Assert.True(tail.HasPreviousPage);
            Assert.False(tail.HasNextPage);
            Assert.Equal([whole[1].Text], beforeThird.Edges.Select(e => e.Text));
            Assert.True(beforeThird.HasPreviousPage);
            Assert.True(beforeThird.HasNextPage);
        }
    }

    [Fact]
    public async Task Every_parents_page_comes_from_one_windowed_statement_and_totalCount_from_one_grouped_count()
    {
        server.Statements.Reset();
        var withoutCount = await server.ExecuteAsync("""{ articles { nodes { quotations(first: 2) { nodes { text } } } } }""");
        var pageStatements = server.Statements.Statements;
        server.Statements.Reset();
        var withCount = await server.ExecuteAsync("""{ articles { nodes { quotations(first: 2) { totalCount nodes { text } } } } }""");
        var countStatements = server.Statements.Statements;
        output.WriteLine(string.Join("\n---\n", countStatements));

        var nodes = withoutCount.DataWithoutErrors().GetProperty("articles").GetProperty("nodes");
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(2, n.GetProperty("quotations").GetProperty("nodes").GetArrayLength()));
        Assert.Equal(2, pageStatements.Count);
        var window = Assert.Single(pageStatements, s => ReadingOrderWindow().IsMatch(s));
        Assert.DoesNotContain("COUNT(", window, StringComparison.Ordinal);

        Assert.Equal(3, countStatements.Count);
        Assert.Single(countStatements, s => s.Contains("COUNT(*)", StringComparison.Ordinal) && s.Contains("GROUP BY", StringComparison.Ordinal));
        foreach (var (id, _) in await SeedArticlesAsync())
        {
            var whole = await WholeListAsync(id);
            var article = withCount.DataWithoutErrors().GetProperty("articles").GetProperty("nodes").EnumerateArray()
                .Single(n => n.GetProperty("quotations").GetProperty("nodes")[0].GetProperty("text").GetString() == whole[0].Text);
            Assert.Equal(whole.Count, article.GetProperty("quotations").GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task The_same_relation_with_other_arguments_in_one_request_gets_its_own_pages()
    {
        server.Statements.Reset();
        var response = await server.ExecuteAsync("""
            { articles { nodes { one: quotations(first: 1) { nodes { text } } three: quotations(first: 3) { nodes { text } } } } }
            """);

        foreach (var article in response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes").EnumerateArray())
        {
            var one = article.GetProperty("one").GetProperty("nodes").Strings("text");
            var three = article.GetProperty("three").GetProperty("nodes").Strings("text");
            Assert.Single(one);
            Assert.Equal(3, three.Count);
            Assert.Equal(one[0], three[0]);
        }

        // The articles, then one windowed statement per distinct page.
        Assert.Equal(3, server.Statements.Statements.Count);
    }

    [Fact]
    public async Task A_cursor_that_is_not_one_of_this_relations_is_the_paging_error_HC0078()
    {
        var rootCursor = (await server.ExecuteAsync("""{ quotations(first: 1) { edges { cursor } } }"""))
            .DataWithoutErrors().GetProperty("quotations").GetProperty("edges")[0].GetProperty("cursor").GetString();

        foreach (var cursor in new[] { "not a cursor", rootCursor })
        {
            var response = await server.ExecuteAsync(
                """query($after: String) { articles { nodes { quotations(after: $after) { nodes { text } } } } }""",
                new Dictionary<string, object?> { ["after"] = cursor });

            var error = response.GetProperty("errors")[0];
            Assert.Equal("HC0078", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal("after", error.GetProperty("extensions").GetProperty("argument").GetString());
        }
    }

    [Fact]
    public async Task A_speakers_quotations_and_an_articles_authors_page_the_same_way()
    {
        var response = await server.ExecuteAsync("""
            {
              people(where: { name: { eq: "Donald Trump" } }) { nodes { quotations(first: 1) { totalCount nodes { text speaker { name } } pageInfo { hasNextPage } } } }
              articles { nodes { authors(first: 1) { totalCount nodes { name } } } }
            }
            """);

        var data = response.DataWithoutErrors();
        var trump = data.GetProperty("people").GetProperty("nodes")[0].GetProperty("quotations");
        Assert.True(trump.GetProperty("totalCount").GetInt32() > 1);
        Assert.True(trump.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal("Donald Trump", trump.GetProperty("nodes")[0].GetProperty("speaker").GetProperty("name").GetString());
        Assert.All(data.GetProperty("articles").GetProperty("nodes").EnumerateArray(), a =>
        {
            Assert.Single(a.GetProperty("authors").GetProperty("nodes").EnumerateArray());
            Assert.NotEmpty(a.GetProperty("authors").GetProperty("nodes")[0].GetProperty("name").GetString()!);
        });
    }

    [Fact]
    public async Task An_articles_people_are_each_mentioned_person_once_by_name_from_one_statement()
    {
        server.Statements.Reset();
        var response = await server.ExecuteAsync("""{ articles { nodes { slug people(first: 50) { totalCount nodes { name } } } } }""");
        var statements = server.Statements.Statements;

        var factory = server.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        foreach (var article in response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes").EnumerateArray())
        {
            var slug = article.GetProperty("slug").GetString();
            var names = await db.Mentions.Where(m => m.Article.Slug == slug && m.Entity is KnowledgeApi.Knowledge.Model.Person)
                .Select(m => m.Entity.Name).Distinct().ToListAsync();
            var expected = names.Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, article.GetProperty("people").GetProperty("nodes").Strings("name"));
            Assert.Equal(expected.Count, article.GetProperty("people").GetProperty("totalCount").GetInt32());
        }

        // The articles, the windowed page of every article's people, their grouped count.
        Assert.Equal(3, statements.Count);
        Assert.Single(statements, s => s.Contains("ROW_NUMBER() OVER(PARTITION BY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Where_each_person_is_mentioned_costs_the_same_statements_for_two_people_as_for_twenty()
    {
        const string Query = """
            query($n: Int!) { people(first: $n) { nodes { name mentionedIn(first: 1) { totalCount pageInfo { hasNextPage } nodes { title } } } } }
            """;

        server.Statements.Reset();
        var two = await server.ExecuteAsync(Query, new Dictionary<string, object?> { ["n"] = 2 });
        var twoStatements = server.Statements.Statements.Count;
        server.Statements.Reset();
        var twenty = await server.ExecuteAsync(Query, new Dictionary<string, object?> { ["n"] = 20 });
        var twentyStatements = server.Statements.Statements.Count;

        Assert.Equal(2, two.DataWithoutErrors().GetProperty("people").GetProperty("nodes").GetArrayLength());
        var people = twenty.DataWithoutErrors().GetProperty("people").GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(people.Count > 2);
        Assert.Equal(twoStatements, twentyStatements);
        Assert.Equal(3, twentyStatements);

        var factory = server.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        foreach (var person in people)
        {
            var name = person.GetProperty("name").GetString();
            var articles = await db.Mentions.Where(m => m.Entity.Name == name).Select(m => m.ArticleId).Distinct().CountAsync();
            var mentionedIn = person.GetProperty("mentionedIn");
            Assert.Equal(articles, mentionedIn.GetProperty("totalCount").GetInt32());
            Assert.Equal(Math.Min(articles, 1), mentionedIn.GetProperty("nodes").GetArrayLength());
            Assert.Equal(articles > 1, mentionedIn.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        }
    }

    [Fact]
    public async Task Written_published_and_events_at_a_place_page_for_all_parents_at_once()
    {
        server.Statements.Reset();
        var response = await server.ExecuteAsync("""
            {
              people(first: 20) { nodes { name articlesWritten(first: 5) { totalCount nodes { title } } } }
              organizations(where: { name: { eq: "World Socialist Web Site" } }) { nodes { articlesPublished(first: 1) { totalCount pageInfo { hasNextPage } nodes { title } } } }
            }
            """);

        var data = response.DataWithoutErrors();
        var factory = server.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var writers = 0;
        foreach (var person in data.GetProperty("people").GetProperty("nodes").EnumerateArray())
        {
            var name = person.GetProperty("name").GetString();
            var expected = await db.ArticleAuthors.Where(a => a.Person.Name == name).OrderBy(a => a.ArticleId).Select(a => a.Article.Title).ToListAsync();
            Assert.Equal(expected, person.GetProperty("articlesWritten").GetProperty("nodes").Strings("title"));
            Assert.Equal(expected.Count, person.GetProperty("articlesWritten").GetProperty("totalCount").GetInt32());
            writers += expected.Count > 0 ? 1 : 0;
        }

        Assert.NotEqual(0, writers);
        var published = data.GetProperty("organizations").GetProperty("nodes")[0].GetProperty("articlesPublished");
        Assert.Equal(2, published.GetProperty("totalCount").GetInt32());
        Assert.True(published.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Single(published.GetProperty("nodes").EnumerateArray());
    }

    private async Task<List<(string Id, int Key)>> SeedArticlesAsync()
    {
        var response = await server.ExecuteAsync("""{ articles { nodes { id } } }""");
        var factory = server.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var keys = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var ids = response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes").Strings("id");
        Assert.Equal(keys.Count, ids.Count);
        return [.. ids.Zip(keys)];
    }

    private async Task<List<(string Text, string Cursor)>> WholeListAsync(string id) =>
        (await PageAsync(id, new() { ["first"] = 50 })).Edges;

    private async Task<Page> PageAsync(string id, Dictionary<string, object?> arguments)
    {
        arguments["id"] = id;
        var response = await server.ExecuteAsync(ArticleQuotations, arguments);
        var quotations = response.DataWithoutErrors().GetProperty("article").GetProperty("quotations");
        var pageInfo = quotations.GetProperty("pageInfo");
        return new Page(
            [.. quotations.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("node").GetProperty("text").GetString()!, e.GetProperty("cursor").GetString()!))],
            pageInfo.GetProperty("hasNextPage").GetBoolean(),
            pageInfo.GetProperty("hasPreviousPage").GetBoolean());
    }

    [GeneratedRegex("""ROW_NUMBER\(\) OVER\(PARTITION BY "\w+"\."ArticleId" ORDER BY "\w+"\."ParagraphIndex", "\w+"\."StartOffset", "\w+"\."Id"\)""")]
    private static partial Regex ReadingOrderWindow();

    private sealed record Page(List<(string Text, string Cursor)> Edges, bool HasNextPage, bool HasPreviousPage);
}
