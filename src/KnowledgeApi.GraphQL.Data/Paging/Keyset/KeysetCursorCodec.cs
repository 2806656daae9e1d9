using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeApi.GraphQL.Data.Paging.Keyset;

/// <summary>
/// Writes and reads keyset cursors: base64 of a small JSON array <c>["fingerprint", key1, key2, ...]</c>
/// holding the order's fingerprint and the row's sort-key values (the primary key last). Clients
/// treat cursors as opaque (architecture.md, Decisions), so the inside may change; decoding
/// checks everything and answers null for anything it did not write.
/// </summary>
internal static class KeysetCursorCodec
{
    public static string Encode(string fingerprint, ReadOnlySpan<object?> values)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(fingerprint);
            foreach (var value in values)
            {
                WriteValue(writer, value);
            }

            writer.WriteEndArray();
        }

        return Convert.ToBase64String(buffer.WrittenSpan);
    }

    /// <summary>The key values converted to the key types, or null when the cursor is malformed or made for another order.</summary>
    public static object?[]? Decode(string cursor, string fingerprint, IReadOnlyList<KeysetKey> keys)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(cursor);
        }
        catch (FormatException)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array
                || root.GetArrayLength() != keys.Count + 1
                || root[0].ValueKind != JsonValueKind.String
                || root[0].GetString() != fingerprint)
            {
                return null;
            }

            var values = new object?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                var element = root[i + 1];
                if (element.ValueKind == JsonValueKind.Null)
                {
                    if (!keys[i].IsNullable)
                    {
                        return null;
                    }

                    continue;
                }

                values[i] = ReadValue(element, Nullable.GetUnderlyingType(keys[i].Type) ?? keys[i].Type);
            }

            return values;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case Enum e:
                writer.WriteNumberValue(Convert.ToInt64(e, CultureInfo.InvariantCulture));
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                writer.WriteNumberValue(u);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case DateTime dt:
                writer.WriteStringValue(dt.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("O", CultureInfo.InvariantCulture));
                break;
            case TimeOnly time:
                writer.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture));
                break;
            case TimeSpan span:
                writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture));
                break;
            case Guid guid:
                writer.WriteStringValue(guid.ToString("D"));
                break;
            case char c:
                writer.WriteStringValue(c.ToString());
                break;
            default:
                throw new NotSupportedException($"A keyset cursor cannot hold a sort key of type {value.GetType().Name}.");
        }
    }

    private static object ReadValue(JsonElement element, Type type)
    {
        if (type.IsEnum)
        {
            return Enum.ToObject(type, element.GetInt64());
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => element.GetString()!,
            TypeCode.Boolean => element.GetBoolean(),
            TypeCode.Int32 => element.GetInt32(),
            TypeCode.Int64 => element.GetInt64(),
            TypeCode.Int16 => element.GetInt16(),
            TypeCode.Byte => element.GetByte(),
            TypeCode.SByte => element.GetSByte(),
            TypeCode.UInt16 => element.GetUInt16(),
            TypeCode.UInt32 => element.GetUInt32(),
            TypeCode.UInt64 => element.GetUInt64(),
            TypeCode.Double => element.GetDouble(),
            TypeCode.Single => element.GetSingle(),
            TypeCode.Decimal => element.GetDecimal(),
            TypeCode.Char => element.GetString() is [var c] ? c : throw new FormatException("Not one character."),
            TypeCode.DateTime => DateTime.ParseExact(element.GetString()!, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            _ when type == typeof(DateTimeOffset) => DateTimeOffset.ParseExact(element.GetString()!, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            _ when type == typeof(DateOnly) => DateOnly.ParseExact(element.GetString()!, "O", CultureInfo.InvariantCulture),
            _ when type == typeof(TimeOnly) => TimeOnly.ParseExact(element.GetString()!, "O", CultureInfo.InvariantCulture),
            _ when type == typeof(TimeSpan) => TimeSpan.ParseExact(element.GetString()!, "c", CultureInfo.InvariantCulture),
            _ when type == typeof(Guid) => Guid.ParseExact(element.GetString()!, "D"),
            _ => throw new FormatException($"Unsupported key type {type.Name}."),
        };
    }

    /// <summary>For diagnostics and tests: the JSON inside a cursor.</summary>
    public static string Inspect(string cursor) => Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
}
