using System.Text;
using System.Text.Json;
using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>Relay global object identification on the seeded graph: global IDs, <c>node</c>/<c>nodes</c>, and the lookups taking them.</summary>
public sealed class GlobalIdTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Every_id_is_a_global_id_naming_its_type_and_no_two_objects_share_one()
    {
        var response = await server.ExecuteAsync("""
            {
              articles(first: 50) { nodes { __typename id } }
              people(first: 50) { nodes { __typename id } }
              organizations(first: 50) { nodes { __typename id } }
              events(first: 50) { nodes { __typename id } }
              quotations(first: 50) { nodes { __typename id } }
            }
            """);

        var data = response.DataWithoutErrors();
        var all = new[] { "articles", "people", "organizations", "events", "quotations" }
            .SelectMany(root => data.GetProperty(root).GetProperty("nodes").EnumerateArray())
            .Select(node => (Type: node.GetProperty("__typename").GetString()!, Id: node.GetProperty("id").GetString()!))
            .ToList();

        Assert.True(all.Count > 10);
        Assert.All(all, node => Assert.StartsWith(node.Type + ":", Encoding.UTF8.GetString(Convert.FromBase64String(node.Id)), StringComparison.Ordinal));

        // Integer keys repeat across tables (article 1, person 1); the global IDs must not.
        Assert.Equal(all.Count, all.Select(node => node.Id).Distinct().Count());
    }

    [Fact]
    public async Task Node_fetches_each_kind_again_by_its_id()
    {
        var listed = await server.ExecuteAsync("""
            {
              articles(first: 1) { nodes { id title } }
              people(where: { name: { eq: "Donald Trump" } }) { nodes { id name } }
              quotations(first: 1) { nodes { id text } }
            }
            """);
        var data = listed.DataWithoutErrors();
        var article = data.GetProperty("articles").GetProperty("nodes")[0];
        var person = data.GetProperty("people").GetProperty("nodes")[0];
        var quotation = data.GetProperty("quotations").GetProperty("nodes")[0];

        var response = await server.ExecuteAsync(
            """
            query($ids: [ID!]!, $one: ID!) {
              node(id: $one) { __typename ... on Person { name } }
              nodes(ids: $ids) { __typename id ... on Article { title } ... on Person { name } ... on Quotation { text } }
            }
            """,
            new Dictionary<string, object?>
            {
                ["one"] = person.GetProperty("id").GetString(),
                ["ids"] = new[] { article.GetProperty("id").GetString(), person.GetProperty("id").GetString(), quotation.GetProperty("id").GetString() },
            });

        var result = response.DataWithoutErrors();
        Assert.Equal("Donald Trump", result.GetProperty("node").GetProperty("name").GetString());
        var nodes = result.GetProperty("nodes");
        Assert.Equal(["Article", "Person", "Quotation"], nodes.EnumerateArray().Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(article.GetProperty("title").GetString(), nodes[0].GetProperty("title").GetString());
        Assert.Equal("Donald Trump", nodes[1].GetProperty("name").GetString());
        Assert.Equal(quotation.GetProperty("text").GetString(), nodes[2].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Article_lookup_takes_the_global_id_and_rejects_another_types_id()
    {
        var listed = await server.ExecuteAsync("""{ articles(first: 1) { nodes { id title } } people(first: 1) { nodes { id } } }""");
        var data = listed.DataWithoutErrors();
        var article = data.GetProperty("articles").GetProperty("nodes")[0];
        var personId = data.GetProperty("people").GetProperty("nodes")[0].GetProperty("id").GetString();

        var found = await server.ExecuteAsync(
            """query($id: ID!) { article(id: $id) { title } }""",
            new Dictionary<string, object?> { ["id"] = article.GetProperty("id").GetString() });
        Assert.Equal(article.GetProperty("title").GetString(), found.DataWithoutErrors().GetProperty("article").GetProperty("title").GetString());

        foreach (var wrong in new[] { personId, "not an id" })
        {
            var rejected = await server.ExecuteAsync(
                """query($id: ID!) { article(id: $id) { title } }""",
                new Dictionary<string, object?> { ["id"] = wrong });
            Assert.Equal(JsonValueKind.Null, rejected.GetProperty("data").GetProperty("article").ValueKind);
            var error = Assert.Single(rejected.GetProperty("errors").EnumerateArray());
            Assert.Equal(["article"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
            Assert.Contains(wrong!, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_person_id_asked_for_as_a_node_of_another_kind_finds_nothing()
    {
        var listed = await server.ExecuteAsync("""{ people(first: 1) { nodes { id } } }""");
        var personId = listed.DataWithoutErrors().GetProperty("people").GetProperty("nodes")[0].GetProperty("id").GetString()!;
        var number = Encoding.UTF8.GetString(Convert.FromBase64String(personId)).Split(':')[1];
        var asOrganization = Convert.ToBase64String(Encoding.UTF8.GetBytes("Organization:" + number));

        var response = await server.ExecuteAsync(
            """query($id: ID!) { node(id: $id) { __typename } }""",
            new Dictionary<string, object?> { ["id"] = asOrganization });

        Assert.Equal(JsonValueKind.Null, response.DataWithoutErrors().GetProperty("node").ValueKind);
    }
}
