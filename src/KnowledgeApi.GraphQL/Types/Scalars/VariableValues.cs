using System.Text.Json;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>Variables may arrive as JSON elements or as plain CLR values; leaf types read both through this.</summary>
internal static class VariableValues
{
    public static object? Unwrap(object? value) => value is JsonElement element ? FromJson(element) : value;

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number when element.TryGetInt32(out var i) => i,
        JsonValueKind.Number when element.TryGetInt64(out var l) => l,
        JsonValueKind.Number when element.TryGetDecimal(out var m) && !element.GetRawText().Contains('e', StringComparison.OrdinalIgnoreCase) => m,
        JsonValueKind.Number => element.GetDouble(),
        _ => element,
    };
}
