using System.Text.Json;

namespace KnowledgeApi.GraphQL.AspNetCore.Http.Requests;

/// <summary>
/// Reads one JSON value into the JSON-shaped CLR values <c>GraphQLRequest</c> documents: string,
/// int/long/decimal/double, bool, null, lists and string-keyed dictionaries.
/// </summary>
/// <remarks>
/// Numbers take the narrowest exact type (int, then long, then decimal unless written with an
/// exponent, then double), the same choice the scalars make for JSON variables, so a Decimal
/// variable keeps every digit and an Int variable stays an int. Nesting is bounded by the
/// reader's <see cref="JsonReaderOptions.MaxDepth"/>, so recursion here cannot overflow the stack.
/// </remarks>
internal static class JsonValueReader
{
    /// <summary>Reads the value at the reader's current token and leaves the reader on its last token.</summary>
    public static object? Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => ReadNumber(ref reader),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        JsonTokenType.StartArray => ReadList(ref reader),
        JsonTokenType.StartObject => ReadObject(ref reader),
        _ => throw new JsonException($"Unexpected JSON token {reader.TokenType}."),
    };

    /// <summary>Reads the object at the reader's current <see cref="JsonTokenType.StartObject"/> token.</summary>
    public static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();

            // A repeated key keeps its last value, as JSON.parse does in every JavaScript client.
            map[name] = Read(ref reader);
        }

        return map;
    }

    private static List<object?> ReadList(ref Utf8JsonReader reader)
    {
        var list = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(Read(ref reader));
        }

        return list;
    }

    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt32(out var i))
        {
            return i;
        }

        if (reader.TryGetInt64(out var l))
        {
            return l;
        }

        if (!HasExponent(ref reader) && reader.TryGetDecimal(out var m))
        {
            return m;
        }

        if (reader.TryGetDouble(out var d) && double.IsFinite(d))
        {
            return d;
        }

        // Valid JSON, but no GraphQL scalar can hold it; refusing here keeps Infinity out of resolvers.
        throw HttpRequestRejectedException.BadRequest(HttpErrorCodes.RequestInvalid, "A number in the request is too large to represent.");
    }

    private static bool HasExponent(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence)
        {
            foreach (var segment in reader.ValueSequence)
            {
                if (segment.Span.IndexOfAny((byte)'e', (byte)'E') >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        return reader.ValueSpan.IndexOfAny((byte)'e', (byte)'E') >= 0;
    }
}
