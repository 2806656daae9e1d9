using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    public async Task InitializeAsync()
    {
        // 48 more articles beside the two seeds, each quoting Donald Trump twice and written by a seed author.
        var factory = server.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        if (await db.Articles.CountAsync() >= 50)
        {
            return;
        }

        var trump = await db.People.SingleAsync(p => p.Name == "Donald Trump");
        var author = await db.People.SingleAsync(p => p.Name == "Eric London");
        for (var i = 0; i < 48; i++)
        {
            var article = new Article
            {
                Title = $"Synthetic article {i}",
                Slug = $"synthetic-article-{i}",
                SourceName = $"synthetic-{i}.txt",
                ContentHash = $"hash-{i}",
                Body = ["First paragraph.", "Second paragraph."],
            };
            article.Authorships.Add(new ArticleAuthor { Person = author, Position = 0 });
            article.Quotations.Add(new Quotation { Text = $"First words {i}", Speaker = trump, SpeakerName = trump.Name, ParagraphIndex = 0 });
            article.Quotations.Add(new Quotation { Text = $"Second words {i}", Speaker = trump, SpeakerName = trump.Name, ParagraphIndex = 1 });
            db.Articles.Add(article);
        }

        await db.SaveChangesAsync();
    }

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

    private async Task<IReadOnlyList<string>> StatementsForAsync(int count)
    {
        server.Statements.Reset();
        var response = await server.ExecuteAsync(NestedQuery, new Dictionary<string, object?> { ["n"] = count });

        var nodes = response.DataWithoutErrors().GetProperty("articles").GetProperty("nodes");
        Assert.Equal(count, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.NotEqual(0, n.GetProperty("quotations").GetProperty("nodes").GetArrayLength()));
        return server.Statements.Statements;
    }
}
