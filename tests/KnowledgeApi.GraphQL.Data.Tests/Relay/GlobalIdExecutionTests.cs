using System.Text;
using System.Text.Json;
using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Tests.Relay;

/// <summary><c>[ID]</c> on members, arguments and filter fields under global object identification, through the executor.</summary>
[Collection(LibraryCollection.Name)]
public sealed class GlobalIdExecutionTests(LibraryFixture library)
{
    private static readonly Lazy<Schema> GlobalSchema = new(() => SchemaBuilder.New()
        .AddQueryType<GlobalIdQuery>()
        .AddGlobalObjectIdentification(globalIdMembers: true)
        .Create());

    // Node alone, as the server registers it today: [ID] stays a plain ID.
    private static readonly Lazy<Schema> PlainSchema = new(() => SchemaBuilder.New().AddQueryType<GlobalIdQuery>().AddGlobalObjectIdentification(globalIdMembers: false).Create());

    [Fact]
    public async Task ID_members_serialize_as_global_ids_of_the_declaring_or_named_type()
    {
        var book = library.Data.Books.OrderBy(b => b.Id).First();
        var authorIds = library.Data.Authors.OrderBy(a => a.Id).Take(3).Select(a => NodeId.Format("Author", a.Id)).ToArray();

        using var response = await RunAsync(GlobalSchema.Value, $$"""{ book(id: "{{NodeId.Format("BookRow", book.Id)}}") { id title authorId } authorIds }""");

        var data = Data(response);
        var row = data.GetProperty("book");
        Assert.Equal(NodeId.Format("BookRow", book.Id), row.GetProperty("id").GetString());
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes($"BookRow:{book.Id}")), row.GetProperty("id").GetString());
        Assert.Equal(book.Title, row.GetProperty("title").GetString());
        Assert.Equal(NodeId.Format("Author", book.AuthorId), row.GetProperty("authorId").GetString());
        Assert.Equal(authorIds, data.GetProperty("authorIds").EnumerateArray().Select(e => e.GetString()).ToArray());
    }

    [Fact]
    public async Task ID_arguments_give_the_resolver_the_raw_id_from_new_and_legacy_formats()
    {
        var legacy = Convert.ToBase64String(Encoding.UTF8.GetBytes("Author\ni42"));

        using var response = await RunAsync(
            GlobalSchema.Value,
            "query($ids: [ID!]!) { a: echoAnyId(id: \"" + NodeId.Format("Tag", 17) + "\") b: echoAnyId(id: \"" + legacy + "\") echoIds(ids: $ids) }",
            new Dictionary<string, object?> { ["ids"] = new[] { NodeId.Format("Author", 5), legacy } });

        Assert.False(response.RootElement.TryGetProperty("errors", out _));
        var data = Data(response);
        Assert.Equal(17, data.GetProperty("a").GetInt32());
        Assert.Equal(42, data.GetProperty("b").GetInt32());
        Assert.Equal([5L, 42L], data.GetProperty("echoIds").EnumerateArray().Select(e => e.GetInt64()).ToArray());
    }

    [Theory]
    [InlineData("not an id")]
    [InlineData("QXV0aG9yOjE=")] // Author:1, but the argument wants a BookRow
    [InlineData("Qm9va1JvdzphYmM=")] // BookRow:abc, not an int
    public async Task A_malformed_or_wrong_type_ID_argument_is_a_field_error(string id)
    {
        using var response = await RunAsync(GlobalSchema.Value, $$"""{ book(id: "{{id}}") { title } }""");

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Contains(id, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("book", error.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, Data(response).GetProperty("book").ValueKind);
    }

    [Fact]
    public async Task ID_filter_fields_decode_global_ids_in_eq_neq_in_and_nin()
    {
        var books = library.Data.Books.OrderBy(b => b.Id).ToList();
        var first = books[0];
        var authorIds = books.Select(b => b.AuthorId).Distinct().Take(2).ToArray();
        var authorGlobal = string.Join(", ", authorIds.Select(a => $"\"{NodeId.Format("Author", a)}\""));

        using var response = await RunAsync(GlobalSchema.Value, $$"""
            {
              eq: books(where: { id: { eq: "{{NodeId.Format("BookRow", first.Id)}}" } }) { title }
              neq: books(where: { id: { neq: "{{NodeId.Format("BookRow", first.Id)}}" } }) { id }
              in: books(where: { authorId: { in: [{{authorGlobal}}] } }) { id }
              nin: books(where: { authorId: { nin: [{{authorGlobal}}] } }) { id }
            }
            """);

        Assert.False(response.RootElement.TryGetProperty("errors", out _), response.RootElement.ToString());
        var data = Data(response);
        Assert.Equal(first.Title, Assert.Single(data.GetProperty("eq").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(books.Count - 1, data.GetProperty("neq").GetArrayLength());
        Assert.Equal(Ids(books.Where(b => authorIds.Contains(b.AuthorId))), Ids(data.GetProperty("in")));
        Assert.Equal(Ids(books.Where(b => !authorIds.Contains(b.AuthorId))), Ids(data.GetProperty("nin")));
    }

    [Fact]
    public async Task A_wrong_type_ID_in_a_filter_is_a_field_error()
    {
        using var response = await RunAsync(GlobalSchema.Value, $$"""{ books(where: { authorId: { eq: "{{NodeId.Format("Tag", 1)}}" } }) { id } }""");

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Contains("Tag", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("books", error.GetProperty("path")[0].GetString());

        // books is [BookRow!]!, so the null propagates to data.
        Assert.Equal(JsonValueKind.Null, Data(response).ValueKind);
    }

    [Fact]
    public async Task With_global_id_members_switched_off_ID_stays_the_plain_value()
    {
        var book = library.Data.Books.OrderBy(b => b.Id).First();

        using var response = await RunAsync(PlainSchema.Value, $$"""{ book(id: "{{book.Id}}") { id authorId } books(where: { id: { eq: "{{book.Id}}" } }) { id } }""");

        var data = Data(response);
        Assert.Equal(book.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), data.GetProperty("book").GetProperty("id").GetString());
        Assert.Single(data.GetProperty("books").EnumerateArray());
    }

    private static JsonElement Data(JsonDocument response) => response.RootElement.GetProperty("data");

    private static int[] Ids(IEnumerable<Book> books) => [.. books.Select(b => b.Id).Order()];

    private static int[] Ids(JsonElement rows) =>
        [.. rows.EnumerateArray().Select(r => NodeId.TryParse(r.GetProperty("id").GetString(), typeof(int), out _, out var id) ? (int)id! : -1).Order()];

    private async Task<JsonDocument> RunAsync(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var db = library.CreateContext();
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = new DbServices(db) });
        return JsonDocument.Parse(((ExecutionResult)result).ToJson());
    }

    private sealed class DbServices(LibraryDbContext db) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(LibraryDbContext) ? db : null;
    }
}
