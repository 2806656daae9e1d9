using System.Text.Json;
using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.Tests.Relay;

/// <summary><c>node</c>/<c>nodes</c> through the executor, and the schema <c>AddGlobalObjectIdentification()</c> builds.</summary>
[Collection(LibraryCollection.Name)]
public sealed class NodeExecutionTests(LibraryFixture library)
{
    private static readonly Lazy<Schema> Schema = new(() => SchemaBuilder.New()
        .AddQueryType(new NodeQueryType())
        .AddType<NodeType>()
        .AddType<AuthorNodeType>()
        .AddType<TagNodeType>()
        .Create());

    [Fact]
    public async Task An_object_fetched_by_its_global_ID_comes_back_with_the_same_ID()
    {
        var author = library.Data.Authors.OrderBy(a => a.Id).First();
        var id = NodeId.Format("Author", author.Id);

        using var response = await RunAsync($$"""{ firstAuthor { id } node(id: "{{id}}") { __typename id ... on Author { name } } }""");

        var data = response.RootElement.GetProperty("data");
        Assert.Equal(id, data.GetProperty("firstAuthor").GetProperty("id").GetString());
        Assert.Equal("Author", data.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(id, data.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(author.Name, data.GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Nodes_keeps_the_order_of_the_ids_mixes_types_and_accepts_legacy_ids()
    {
        var tag = library.Data.Tags[3];
        var legacyAuthor = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("Author\ni7"));
        var ids = new[] { NodeId.Format("Tag", tag.Id), legacyAuthor, NodeId.Format("Author", 999_999), NodeId.Format("Nothing", 1) };

        using var response = await RunAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Tag { name } ... on Author { name } } }",
            new Dictionary<string, object?> { ["ids"] = ids });

        var nodes = response.RootElement.GetProperty("data").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(tag.Name, nodes[0].GetProperty("name").GetString());
        Assert.Equal(library.Data.Authors.Single(a => a.Id == 7).Name, nodes[1].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[2].ValueKind);
        Assert.Equal(JsonValueKind.Null, nodes[3].ValueKind);
    }

    [Fact]
    public async Task More_than_ten_ids_is_HC0076()
    {
        var ids = Enumerable.Range(1, 11).Select(i => NodeId.Format("Author", i)).ToArray();

        using var response = await RunAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new Dictionary<string, object?> { ["ids"] = ids });

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0076", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, response.RootElement.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task A_malformed_id_is_a_field_error_and_node_is_null()
    {
        using var response = await RunAsync("""{ node(id: "nonsense!") { id } }""");

        Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, response.RootElement.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public void The_schema_has_the_Node_interface_and_the_root_fields()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddGlobalObjectIdentification().ConfigureSchema((_, s) => s.AddQueryType(new NodeQueryType()).AddType<AuthorNodeType>());
        var executor = services.BuildServiceProvider().GetRequiredService<IRequestExecutor>();

        Snapshot.Match(executor.Schema.Print(), "tests", "KnowledgeApi.GraphQL.Data.Tests", "Relay", "__snapshots__", "node-schema.graphql");
    }

    private async Task<JsonDocument> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var db = library.CreateContext();
        var result = await new RequestExecutor(Schema.Value).ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = new DbServices(db) });
        return JsonDocument.Parse(((ExecutionResult)result).ToJson());
    }

    private sealed class DbServices(LibraryDbContext db) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(LibraryDbContext) ? db : null;
    }
}
