using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace KnowledgeApi.GraphQL.Data.Relay;

/// <summary>
/// Global object IDs in Hot Chocolate 14's format (conventions §5.2): standard base64 (with padding)
/// of <c>TypeName:value</c>, the value as decimal text for integers, raw text for strings and the 16
/// raw bytes of <see cref="Guid.ToByteArray()"/> for GUIDs. Parsing also accepts the legacy format
/// <c>TypeName\n&lt;code&gt;value</c> (code <c>d</c> string, <c>i</c> int, <c>l</c> long, <c>s</c> short, <c>g</c> GUID as 32 hex digits).
/// </summary>
public static class NodeId
{
    /// <summary>The longest ID accepted on input, as Hot Chocolate limits it.</summary>
    public const int MaxLength = 1024;

    public static string Format(string typeName, object id)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(id);
        byte[] value = id switch
        {
            string s => Encoding.UTF8.GetBytes(s),
            Guid g => g.ToByteArray(),
            int or long or short => Encoding.UTF8.GetBytes(Convert.ToString(id, CultureInfo.InvariantCulture)!),
            _ => throw new NotSupportedException($"A node ID cannot hold a {id.GetType().Name}."),
        };
        return Convert.ToBase64String([.. Encoding.UTF8.GetBytes(typeName + ":"), .. value]);
    }

    /// <summary>Splits an ID into its type name and value converted to <paramref name="valueType"/>; false when it is not a valid ID.</summary>
    public static bool TryParse(string? id, Type valueType, out string typeName, out object? value)
    {
        ArgumentNullException.ThrowIfNull(valueType);
        typeName = string.Empty;
        value = null;
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || !Base64.IsValid(id))
        {
            return false;
        }

        var bytes = Convert.FromBase64String(id);
        var separator = Array.FindIndex(bytes, b => b is (byte)':' or (byte)'\n');
        if (separator <= 0)
        {
            return false;
        }

        typeName = Encoding.UTF8.GetString(bytes, 0, separator);
        var payload = bytes.AsSpan(separator + 1);
        try
        {
            value = bytes[separator] == (byte)'\n' ? ParseLegacy(payload, valueType) : ParseValue(payload, valueType);
            return value is not null;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The type name of an ID without converting its value; null when it is not a valid ID.</summary>
    public static string? TypeNameOf(string? id) => TryParse(id, typeof(string), out var typeName, out _) ? typeName : null;

    private static object? ParseValue(ReadOnlySpan<byte> payload, Type valueType)
    {
        if (valueType == typeof(Guid))
        {
            // Compressed (16 raw bytes) as emitted, or 32 hex digits from the uncompressed mode.
            return payload.Length == 16 ? new Guid(payload) : Guid.ParseExact(Encoding.UTF8.GetString(payload), "N");
        }

        return ParseText(Encoding.UTF8.GetString(payload), valueType);
    }

    private static object? ParseLegacy(ReadOnlySpan<byte> payload, Type valueType)
    {
        if (payload.Length == 0)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(payload[1..]);
        return (char)payload[0] switch
        {
            'g' when valueType == typeof(Guid) => Guid.ParseExact(text, "N"),
            'd' or 'i' or 'l' or 's' => ParseText(text, valueType),
            _ => null,
        };
    }

    private static object? ParseText(string text, Type valueType) =>
        Type.GetTypeCode(valueType) switch
        {
            TypeCode.String => text,
            TypeCode.Int32 => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            TypeCode.Int64 => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            TypeCode.Int16 => short.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            _ when valueType == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
            _ => null,
        };
}
