using System.Text.Json;

namespace KnowledgeApi.Server.Tests.Resilience;

/// <summary>What the server did with one bad request: an answer (status, JSON body if any) or a dropped connection.</summary>
internal sealed record BadInputOutcome(int? Status, JsonElement? Json, string? Failure)
{
    public static BadInputOutcome Dropped(string why) => new(null, null, "dropped: " + why);

    public static BadInputOutcome Answered(int status, string? contentType, byte[] body)
    {
        if (contentType is null || !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return new(status, null, null);
        }

        try
        {
            return new(status, JsonDocument.Parse(body).RootElement.Clone(), null);
        }
        catch (JsonException exception)
        {
            return new(status, null, $"HTTP {status} with a JSON content type but no JSON body: {exception.Message}");
        }
    }

    /// <summary>The first error's <c>extensions.code</c>, if the answer is a GraphQL response with one.</summary>
    public string? FirstCode => FirstExtension("code");

    public string? FirstExtension(string name) =>
        Json is { ValueKind: JsonValueKind.Object } json
        && json.TryGetProperty("errors", out var errors)
        && errors.ValueKind == JsonValueKind.Array
        && errors.GetArrayLength() > 0
        && errors[0].TryGetProperty("extensions", out var extensions)
        && extensions.TryGetProperty(name, out var value)
            ? value.ToString()
            : null;

    public bool HasErrors => Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("errors", out var e) && e.GetArrayLength() > 0;

    public bool HasData => Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("data", out _);

    /// <summary>A short description for failure messages.</summary>
    public override string ToString()
    {
        if (Failure is not null)
        {
            return Failure;
        }

        var text = Json?.GetRawText() ?? "(no JSON body)";
        return $"HTTP {Status} {(text.Length > 300 ? text[..300] + "…" : text)}";
    }
}
