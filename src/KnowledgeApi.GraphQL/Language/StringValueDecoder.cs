using System.Buffers;
using System.Text;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Turns the bytes between a string's quotes into its value. The lexer has already validated
/// every escape, so this only translates.
/// </summary>
internal static class StringValueDecoder
{
    public static string Decode(ReadOnlySpan<byte> raw)
    {
        var firstEscape = raw.IndexOf((byte)'\\');
        if (firstEscape < 0)
        {
            return Encoding.UTF8.GetString(raw);
        }

        // UTF-8 never takes fewer bytes than UTF-16 takes code units, and escapes only shrink.
        var buffer = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var length = 0;
            while (!raw.IsEmpty)
            {
                var escape = raw.IndexOf((byte)'\\');
                var plain = escape < 0 ? raw : raw[..escape];
                length += Encoding.UTF8.GetChars(plain, buffer.AsSpan(length));
                if (escape < 0)
                {
                    break;
                }

                raw = raw[escape..];
                raw = raw[DecodeEscape(raw, buffer, ref length)..];
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int DecodeEscape(ReadOnlySpan<byte> escape, char[] buffer, ref int length)
    {
        switch (escape[1])
        {
            case (byte)'b': buffer[length++] = '\b'; return 2;
            case (byte)'f': buffer[length++] = '\f'; return 2;
            case (byte)'n': buffer[length++] = '\n'; return 2;
            case (byte)'r': buffer[length++] = '\r'; return 2;
            case (byte)'t': buffer[length++] = '\t'; return 2;
            case (byte)'u' when escape[2] == (byte)'{':
                var close = escape.IndexOf((byte)'}');
                var point = 0;
                foreach (var digit in escape[3..close])
                {
                    point = (point << 4) | Utf8GraphQLReader.HexValue(digit);
                }

                length += new Rune(point).EncodeToUtf16(buffer.AsSpan(length));
                return close + 1;
            case (byte)'u':
                // A surrogate pair arrives as two escapes; each half is copied as it is.
                buffer[length++] = (char)Hex4(escape[2..]);
                return 6;
            default:
                buffer[length++] = (char)escape[1];
                return 2;
        }
    }

    private static int Hex4(ReadOnlySpan<byte> digits) =>
        (Utf8GraphQLReader.HexValue(digits[0]) << 12)
        | (Utf8GraphQLReader.HexValue(digits[1]) << 8)
        | (Utf8GraphQLReader.HexValue(digits[2]) << 4)
        | Utf8GraphQLReader.HexValue(digits[3]);
}
