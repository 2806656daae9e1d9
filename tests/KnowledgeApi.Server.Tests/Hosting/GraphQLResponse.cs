using System.Text.Json;

namespace KnowledgeApi.Server.Tests.Hosting;

/// <summary>Small readers for GraphQL response JSON, so tests state what they expect in one line.</summary>
internal static class GraphQLResponse
{
    /// <summary>The <c>data</c> object, after asserting that the response has no errors.</summary>
    public static JsonElement DataWithoutErrors(this JsonElement response)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), "Unexpected errors: " + errors);
        return response.GetProperty("data");
    }

    /// <summary>The strings at a property of each element of an array (<c>nodes[*].title</c>).</summary>
    public static List<string> Strings(this JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!)];
}
