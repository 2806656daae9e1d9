using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>
/// Sibling fields resolve concurrently and many requests run at once; each resolver takes its own
/// EF context, so none of them trips over another's (EF contexts are not thread-safe).
/// </summary>
public sealed class ParallelLoadTests(UnlimitedCostServer server) : IClassFixture<UnlimitedCostServer>
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

    [Fact]
    public async Task Forty_concurrent_requests_with_concurrent_siblings_all_answer_the_same_without_errors()
    {
        var expected = (await server.ExecuteAsync(Query)).DataWithoutErrors().GetRawText();

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => server.ExecuteAsync(Query))));

        Assert.All(answers, answer => Assert.Equal(expected, answer.DataWithoutErrors().GetRawText()));
    }
}
