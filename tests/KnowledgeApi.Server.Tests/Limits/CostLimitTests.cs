using System.Net;
using KnowledgeApi.Server.Tests.Hosting;
using KnowledgeApi.Server.Tests.Readme;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Server.Tests.Limits;

/// <summary>
/// The server's default limits (appsettings.json GraphQL:Limits — field and type cost 1000 as in Hot
/// Chocolate, execution depth 15) at their edges, and what must never be refused: the README's example
/// queries and the IDE's introspection query.
/// </summary>
public sealed class CostLimitTests(SeededServer server) : IClassFixture<SeededServer>
{
    // field: articles 10 + nodes (1 + 45 × (publisher 10 + authors 10 + authors.nodes 1)) = 956
    //        people 10 + nodes (1 + N × aliases 1)                                        = 11 + N
    // 956 + 11 + 33 = 1000 (just at the limit), with 34: 1001.
    private static string FieldCostQuery(int people) => $$"""
        {
          articles(first: 45) { nodes { publisher { name } authors { nodes { name } } } }
          people(first: {{people}}) { nodes { aliases } }
        }
        """;

    // type: Query 1 + articles (1 + 48 × (Article 1 + AuthorsConnection 1 + 18 × Person 1)) = 1 + 961
    //       + people (1 + N × Person 1); 962 + 1 + 37 = 1000, with 38: 1001.
    private static string TypeCostQuery(int people) => $$"""
        {
          articles(first: 48) { nodes { authors(first: 18) { nodes { name } } } }
          people(first: {{people}}) { nodes { name } }
        }
        """;

    [Fact]
    public async Task A_field_cost_of_exactly_1000_runs()
    {
        var (status, body) = await CostHttp.PostAsync(server, FieldCostQuery(33), "report");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(CostHttp.HasErrors(body), body.ToString());
        Assert.StartsWith("""{"fieldCost":1000,""", CostHttp.OperationCost(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_cost_of_1001_is_refused_with_HC0047()
    {
        var (status, body) = await CostHttp.PostAsync(server, FieldCostQuery(34));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed field cost was exceeded.","extensions":{"code":"HC0047","fieldCost":1001,"maxFieldCost":1000}}]}""",
            body.GetRawText());
    }

    [Fact]
    public async Task A_type_cost_of_exactly_1000_runs()
    {
        var (status, body) = await CostHttp.PostAsync(server, TypeCostQuery(37), "report");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(CostHttp.HasErrors(body), body.ToString());
        Assert.EndsWith(""","typeCost":1000}""", CostHttp.OperationCost(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_type_cost_of_1001_is_refused_with_HC0047()
    {
        var (status, body) = await CostHttp.PostAsync(server, TypeCostQuery(38));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed type cost was exceeded.","extensions":{"code":"HC0047","maxTypeCost":1000,"typeCost":1001}}]}""",
            body.GetRawText());
    }

    [Fact]
    public async Task An_execution_depth_of_15_runs_and_16_is_refused()
    {
        // articles 1 › nodes 2 › quotations 3 › nodes 4 › speakerPerson 5 › quotations 6 › nodes 7 › article 8 ›
        // quotations 9 › nodes 10 › speakerPerson 11 › quotations 12 › nodes 13 › article 14 › title 15
        const string Prefix = """
            { articles(first: 1) { nodes { quotations(first: 1) { nodes { speakerPerson { quotations(first: 1) { nodes { article {
              quotations(first: 1) { nodes { speakerPerson { quotations(first: 1) { nodes { article {
            """;
        const string Suffix = "} } } } } } } } } } } } } } }";

        var (okStatus, ok) = await CostHttp.PostAsync(server, Prefix + " title " + Suffix);
        var (refusedStatus, refused) = await CostHttp.PostAsync(server, Prefix + " publisher { name } " + Suffix);

        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.False(CostHttp.HasErrors(ok), ok.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, refusedStatus);
        Assert.Equal(
            """{"errors":[{"message":"The GraphQL document has an execution depth of 16 which exceeds the max allowed execution depth of 15.","locations":[{"line":1,"column":1}],"extensions":{"allowedExecutionDepth":15,"detectedExecutionDepth":16}}]}""",
            refused.GetRawText());
    }

    [Fact]
    public async Task Every_readme_example_runs_under_the_default_limits()
    {
        foreach (var example in ReadmeDocument.Load().Examples)
        {
            var (status, body) = await CostHttp.PostAsync(server, example.Query, "report");

            Assert.True(status == HttpStatusCode.OK && !CostHttp.HasErrors(body), $"{example.Query}\n→ {(int)status} {body}");
        }
    }

    [Fact]
    public async Task The_ides_full_introspection_query_runs_under_the_default_limits()
    {
        var introspection = (await GraphQLJs.Shared.CallAsync("fullIntrospectionQuery")).GetString()!;

        var (status, body) = await CostHttp.PostAsync(server, introspection, "report");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(CostHttp.HasErrors(body));
        Assert.Equal("""{"fieldCost":0,"typeCost":1}""", CostHttp.OperationCost(body));
    }
}
