using KnowledgeApi.Server.Tests.Hosting;
using Xunit.Abstractions;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>
/// Relations load through DataLoaders: a list of articles with their quotations, speakers and
/// authors costs a fixed number of SQL statements, whether it holds 5 articles or 50.
/// </summary>
public sealed class StatementCountTests(UnlimitedCostServer server, ITestOutputHelper output) : IClassFixture<UnlimitedCostServer>, IAsyncLifetime
{
    private const string NestedQuery = """
        query($n: Int!) {
          articles(first: $n) {
            nodes {
              title
              quotations { nodes { text speaker { __typename name } } }
              authors { nodes { name } }
            }
          }
        }
        """;

    private const string PagedQuery = """
        query($n: Int!) {
          articles(first: $n) {
            nodes {
              title
              quotations(first: 5) { nodes { text speaker { __typename name } } }
              authors { nodes { name } }
            }
          }
        }
        """;

    public Task InitializeAsync() => SyntheticArticles.EnsureAsync(server);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Fifty_articles_with_quotations_speakers_and_authors_take_at_most_four_statements()
    {
        var statements = await StatementsForAsync(50);

        output.WriteLine($"{statements.Count} statements for 50 articles:\n" + string.Join("\n---\n", statements));

        // At least the articles' page itself: an empty count would mean the interceptor saw nothing.
        Assert.InRange(statements.Count, 1, 4);
    }

    [Fact]
    public async Task Five_articles_take_as_many_statements_as_fifty()
    {
        var five = await StatementsForAsync(5);
        var fifty = await StatementsForAsync(50);

        Assert.NotEmpty(five);
        Assert.Equal(five.Count, fifty.Count);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task The_paged_form_reads_every_articles_first_quotations_with_one_windowed_statement(int count)
    {
        var statements = await StatementsForAsync(count, PagedQuery);

        output.WriteLine($"{statements.Count} statements for {count} articles:\n" + string.Join("\n---\n", statements));
        Assert.InRange(statements.Count, 1, 4);
        Assert.Single(statements, s => s.Contains("ROW_NUMBER() OVER(PARTITION BY", StringComparison.Ordinal) && s.Contains("\"Quotations\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_paged_form_takes_as_many_statements_for_five_articles_as_for_fifty()
    {
        var five = await StatementsForAsync(5, PagedQuery);
        var fifty = await StatementsForAsync(50, PagedQuery);

        Assert.NotEmpty(five);
        Assert.Equal(five.Count, fifty.Count);
    }

    [Fact]
    public async Task Mentions_of_fifty_articles_load_with_one_statement_not_one_per_article()
    {
        const string Mentions = """
            query($n: Int!) { articles(first: $n) { nodes { mentions { nodes { count surfaceForms entity { name } } } } } }
            """;

        server.Statements.Reset();
        var response = await server.ExecuteAsync(Mentions, new Dictionary<string, object?> { ["n"] = 50 });

        var nodes = response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes");
        Assert.All(nodes.EnumerateArray(), n => Assert.NotEqual(0, n.GetProperty("mentions").GetProperty("nodes").GetArrayLength()));
        var statements = server.Statements.Statements;
        output.WriteLine(string.Join("\n---\n", statements));
        Assert.Equal(2, statements.Count);
        Assert.Single(statements, s => s.Contains("FROM \"Mentions\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Linked_entities_of_many_parents_load_with_one_windowed_statement_per_relation()
    {
        const string Links = """
            query($n: Int!) {
              people(first: $n) { nodes { name memberOf(first: 3) { nodes { name } } } }
              organizations(first: $n) { nodes { name members(first: 3) { nodes { name } } } }
              events(first: $n) { nodes { name participants(first: 3) { nodes { name } } place { name } } }
            }
            """;

        async Task<(int Parents, IReadOnlyList<string> Statements)> RunAsync(int n)
        {
            server.Statements.Reset();
            var data = (await server.ExecuteAsync(Links, new Dictionary<string, object?> { ["n"] = n })).DataWithoutErrors();
            var parents = data.GetProperty("people").GetProperty("nodes").GetArrayLength()
                + data.GetProperty("organizations").GetProperty("nodes").GetArrayLength()
                + data.GetProperty("events").GetProperty("nodes").GetArrayLength();
            return (parents, server.Statements.Statements);
        }

        var few = await RunAsync(2);
        var many = await RunAsync(50);

        output.WriteLine(string.Join("\n---\n", many.Statements));
        Assert.True(many.Parents > few.Parents + 10, $"the larger query should have many more parents ({few.Parents} vs {many.Parents})");
        Assert.Equal(few.Statements.Count, many.Statements.Count);

        // People linked to organizations (members) and to events (participants) are one loader keyed by
        // entity id, so both lists share a statement; organizations linked to people are the other.
        Assert.Equal(2, many.Statements.Count(s => s.Contains("FROM \"EntityLinks\"", StringComparison.Ordinal) && s.Contains("ROW_NUMBER()", StringComparison.Ordinal)));
    }

    private async Task<IReadOnlyList<string>> StatementsForAsync(int count, string query = NestedQuery)
    {
        server.Statements.Reset();
        var response = await server.ExecuteAsync(query, new Dictionary<string, object?> { ["n"] = count });

        var nodes = response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes");
        Assert.Equal(count, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.NotEqual(0, n.GetProperty("quotations").GetProperty("nodes").GetArrayLength()));
        return server.Statements.Statements;
    }
}
