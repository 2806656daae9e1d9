using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeApi.Server.Access;
using KnowledgeApi.Server.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace KnowledgeApi.Server.Tests.Mutations;

/// <summary>
/// The seeded server with two configured API keys, given to it as an operator would (hashes
/// only): one with the write right, one without any right.
/// </summary>
public sealed class WritableServer() : SeededServer(
[
    "--Knowledge:ApiKeys:0:Name=test-writer",
    $"--Knowledge:ApiKeys:0:Hash={ApiKeyHash.Compute(WriterKey)}",
    "--Knowledge:ApiKeys:0:Rights:0=write",
    "--Knowledge:ApiKeys:1:Name=test-reader",
    $"--Knowledge:ApiKeys:1:Hash={ApiKeyHash.Compute(ReaderKey)}",
])
{
    public const string WriterKey = "test-writer-key-0f3a9c";

    public const string ReaderKey = "test-reader-key-77b1d2";

    /// <summary>POSTs a GraphQL request with <c>Authorization: Bearer key</c> (none when null); returns the response JSON.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, object? variables, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await SendAsync(request);
    }

    /// <summary>Runs a scalar query on the server's database file, beside the server's own connections.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>A global ID read back from a query, e.g. the first person's.</summary>
    public async Task<string> IdOfAsync(string query)
    {
        var data = (await ExecuteAsync(query)).DataWithoutErrors();
        return FindId(data) ?? throw new InvalidOperationException("No id in " + data);
    }

    private static string? FindId(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.TryGetProperty("id", out var id) ? id.GetString() : element.EnumerateObject().Select(p => FindId(p.Value)).FirstOrDefault(i => i is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(FindId).FirstOrDefault(i => i is not null),
        _ => null,
    };
}
