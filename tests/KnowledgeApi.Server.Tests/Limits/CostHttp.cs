using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Limits;

/// <summary>POSTs to the seeded server with an optional <c>GraphQL-Cost</c> header and reads status and body.</summary>
internal static class CostHttp
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(SeededServer server, string query, string? costHeader = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (costHeader is not null)
        {
            request.Headers.Add("GraphQL-Cost", costHeader);
        }

        using var response = await server.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    public static string OperationCost(JsonElement body) => body.GetProperty("extensions").GetProperty("operationCost").GetRawText();

    public static bool HasErrors(JsonElement body) => body.TryGetProperty("errors", out _);
}
