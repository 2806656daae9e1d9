using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>
/// Sibling fields resolve concurrently and many requests run at once; each resolver takes its own
/// EF context, so none of them trips over another's (EF contexts are not thread-safe).
/// </summary>
public sealed class ParallelLoadTests(UnlimitedCostServer server) : IClassFixture<UnlimitedCostServer>, IAsyncLifetime
{
    // Sibling root fields and relations that all open contexts at the same time.
    private const string Query = """
        {
          articles { nodes { title quotations { nodes { text speaker { name } article { title } } } authors { nodes { name } } people { totalCount } } }
          people(where: { name: { eq: "Donald Trump" } }) { nodes { quotedIn { nodes { title } } quotations { totalCount } } }
          quotations(where: { speakerName: { eq: "Donald Trump" } }) { totalCount nodes { article { title } } }
          search(text: "Trump") { totalCount nodes { __typename } }
        }
        """;

    // 50 articles, each with six sibling relations loading through six loaders in the same wave:
    // windowed pages (two page sizes of one relation, authors), a grouped count, mentions, publishers.
    private const string SiblingLoaders = """
        {
          articles(first: 50) {
            nodes {
              title
              publisher { name }
              first: quotations(first: 1) { totalCount nodes { text speaker { name } } }
              two: quotations(first: 2, after: null) { pageInfo { hasNextPage endCursor } nodes { text } }
              authors(first: 5) { nodes { name quotations(first: 1) { nodes { text } } } }
              mentions { nodes { count entity { name } } }
              people { nodes { name } }
            }
          }
        }
        """;

    public Task InitializeAsync() => SyntheticArticles.EnsureAsync(server);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Forty_concurrent_requests_with_concurrent_siblings_all_answer_the_same_without_errors()
    {
        var expected = (await server.ExecuteAsync(Query)).DataWithoutErrors().GetRawText();

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => server.ExecuteAsync(Query))));

        Assert.All(answers, answer => Assert.Equal(expected, answer.DataWithoutErrors().GetRawText()));
    }

    [Fact]
    public async Task Sibling_relation_loaders_of_fifty_articles_run_together_under_concurrent_requests()
    {
        server.Statements.Reset();
        var first = await server.ExecuteAsync(SiblingLoaders);
        var expected = first.DataWithoutErrors().GetRawText();
        var statements = server.Statements.Statements.Count;

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => server.ExecuteAsync(SiblingLoaders))));

        Assert.All(answers, answer => Assert.Equal(expected, answer.DataWithoutErrors().GetRawText()));
        var articles = first.DataWithoutErrors().GetProperty("articles").GetProperty("nodes");
        Assert.Equal(SyntheticArticles.Total, articles.GetArrayLength());
        Assert.All(articles.EnumerateArray(), a => Assert.Equal(1, a.GetProperty("first").GetProperty("nodes").GetArrayLength()));

        // A fixed number of statements for 50 articles: one per loader and page, none per article.
        Assert.InRange(statements, 1, 12);
    }
}
