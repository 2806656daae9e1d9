using System.Text.Json;
using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Mutations;

/// <summary>
/// Every mutation, found by introspection (so a new one cannot be forgotten), is refused without
/// a key, with a key nobody configured, and with a key lacking the write right: a top-level
/// AUTH_* error, the field null, and not one row changed.
/// </summary>
public sealed class MutationAuthorizationTests(WritableServer server) : IClassFixture<WritableServer>
{
    private const string MutationFieldsQuery = """
        {
          __schema {
            mutationType {
              fields {
                name
                args { name type { kind name ofType { kind name inputFields { name type { kind name ofType { kind name } } } } } }
              }
            }
          }
        }
        """;

    private const string ArticleText = """
        # Authorization probe

        Nobody should be able to store this article without a key.
        """;

    [Fact]
    public async Task Every_mutation_is_refused_without_a_valid_key_and_the_database_stays_unchanged()
    {
        var fields = await MutationFieldsAsync();
        Assert.Equal(["addAlias", "confirmEntity", "deleteArticle", "ingestArticle", "mergeEntities", "updateEntity"], fields.Select(f => f.Name).Order(StringComparer.Ordinal));
        var values = await ValidLookingValuesAsync();
        var before = TableChecksum.Of(server.DatabasePath);

        foreach (var (name, inputType, inputFields) in fields)
        {
            var input = inputFields.ToDictionary(f => f, f => values(name, f));
            var query = $"mutation Probe($input: {inputType}!) {{ {name}(input: $input) {{ __typename }} }}";
            foreach (var (key, code) in new[]
            {
                ((string?)null, "AUTH_NOT_AUTHENTICATED"),
                ("not-a-configured-key", "AUTH_NOT_AUTHENTICATED"),
                (WritableServer.ReaderKey, "AUTH_NOT_AUTHORIZED"),
            })
            {
                var answer = await server.ExecuteAsync(query, new { input }, key);

                var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
                Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
                Assert.Equal(name, error.GetProperty("path")[0].GetString());
                Assert.Equal(JsonValueKind.Null, answer.GetProperty("data").ValueKind);
            }
        }

        var after = TableChecksum.Of(server.DatabasePath);
        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(before.Hash, after.Hash);
    }

    [Fact]
    public async Task The_key_is_checked_before_the_input_so_a_refusal_reveals_nothing_about_it()
    {
        // A malformed ID would be an input error for an authorized caller; without a key it is the key that is refused.
        var answer = await server.ExecuteAsync(
            "mutation { deleteArticle(input: { id: \"not-an-id\" }) { article { title } } }", null, null);

        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The current user is not authorized to access this resource.", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer    ")]
    public async Task A_malformed_authorization_header_is_no_user_and_the_refusal_is_answered_with_200(string header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "mutation { confirmEntity(input: { id: \"UGVyc29uOjE=\" }) { entity { id } } }" }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", header);

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("AUTH_NOT_AUTHENTICATED", answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Reads_stay_public_and_a_key_changes_nothing_about_them()
    {
        const string query = "{ articles(first: 2) { nodes { title } } }";

        var anonymous = (await server.ExecuteAsync(query, null, null)).DataWithoutErrors().GetRawText();
        var withWrongKey = (await server.ExecuteAsync(query, null, "not-a-configured-key")).DataWithoutErrors().GetRawText();
        var withKey = (await server.ExecuteAsync(query, null, WritableServer.WriterKey)).DataWithoutErrors().GetRawText();

        Assert.Equal(anonymous, withWrongKey);
        Assert.Equal(anonymous, withKey);
    }

    private async Task<List<(string Name, string InputType, List<string> InputFields)>> MutationFieldsAsync()
    {
        var data = (await server.ExecuteAsync(MutationFieldsQuery, null, null)).DataWithoutErrors();
        return
        [
            .. data.GetProperty("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray().Select(field =>
            {
                // Under the conventions each mutation has exactly one argument, `input: XInput!`.
                var input = Assert.Single(field.GetProperty("args").EnumerateArray());
                Assert.Equal("input", input.GetProperty("name").GetString());
                var inputType = input.GetProperty("type").GetProperty("ofType");
                return (
                    field.GetProperty("name").GetString()!,
                    inputType.GetProperty("name").GetString()!,
                    inputType.GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList());
            }),
        ];
    }

    /// <summary>Values an authorized caller's request would succeed with: real global IDs of existing rows, real text.</summary>
    private async Task<Func<string, string, object>> ValidLookingValuesAsync()
    {
        var people = (await server.ExecuteAsync("{ people(first: 2) { nodes { id } } }")).DataWithoutErrors()
            .GetProperty("people").GetProperty("nodes").Strings("id");
        var article = await server.IdOfAsync("{ articles(first: 1) { nodes { id } } }");
        return (mutation, field) => (mutation, field) switch
        {
            ("deleteArticle", "id") => article,
            ("mergeEntities", "duplicateId") => people[1],
            (_, "id" or "entityId" or "canonicalId") => people[0],
            (_, "text") => ArticleText,
            (_, "sourceName") => "authorization-probe.md",
            _ => "Probe value",
        };
    }
}
