namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Scanning of strings and block strings. The scan validates every escape and character, so
/// decoding the value later (<see cref="StringValueDecoder"/>, <see cref="BlockStringValue"/>)
/// can trust its input.
/// </summary>
public ref partial struct Utf8GraphQLReader
{
    private void ReadString()
    {
        position++;
        while (position < source.Length)
        {
            // Plain ASCII text is skipped in one vectorised search; only what needs a decision stops it.
            var plain = source[position..].IndexOfAny(StringSpecial);
            if (plain < 0)
            {
                position = source.Length;
                break;
            }

            position += plain;
            var b = source[position];
            switch (b)
            {
                case (byte)'"':
                    position++;
                    return;
                case (byte)'\\':
                    position += ValidateEscape(position);
                    continue;
                case (byte)'\n' or (byte)'\r':
                    throw Error(position, "Unterminated string: a string must be closed on the line it starts; use a block string (\"\"\") for several lines.");
            }

            if (b < 0x80)
            {
                position++;
            }
            else if (!TrySkipMultiByte())
            {
                throw Error(position, $"Invalid character within a string: {SourcePosition.Describe(source, position)}.");
            }
        }

        throw Error(position, "Unterminated string: the document ends before the closing quote.");
    }

    private void ReadBlockString()
    {
        position += 3;
        while (position < source.Length)
        {
            var b = source[position];
            if (b == (byte)'"' && Peek(1) == (byte)'"' && Peek(2) == (byte)'"')
            {
                position += 3;
                return;
            }

            if (b == (byte)'\\' && Peek(1) == (byte)'"' && Peek(2) == (byte)'"' && Peek(3) == (byte)'"')
            {
                position += 4;
            }
            else if (b == (byte)'\n')
            {
                position++;
                NewLine();
            }
            else if (b == (byte)'\r')
            {
                position += Peek(1) == (byte)'\n' ? 2 : 1;
                NewLine();
            }
            else if (b < 0x80)
            {
                position++;
            }
            else if (!TrySkipMultiByte())
            {
                throw Error(position, $"Invalid character within a block string: {SourcePosition.Describe(source, position)}.");
            }
        }

        throw Error(position, "Unterminated block string: the document ends before the closing \"\"\".");
    }

    /// <summary>Checks the escape sequence starting at the backslash and returns its length in bytes.</summary>
    private readonly int ValidateEscape(int at)
    {
        switch (PeekAt(at + 1))
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return 2;
            case (byte)'u' when PeekAt(at + 2) == (byte)'{':
                return ValidateVariableWidthEscape(at);
            case (byte)'u':
                return ValidateFixedWidthEscape(at);
            default:
                throw Error(at, $"Invalid escape sequence \"{EscapeText(at, 2)}\"; allowed are \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u.");
        }
    }

    // \u{1F600}: one to eight hex digits naming a Unicode scalar value.
    private readonly int ValidateVariableWidthEscape(int at)
    {
        long point = 0;
        var digits = 0;
        for (var i = at + 3; i < source.Length && digits <= 8; i++)
        {
            var b = source[i];
            if (b == (byte)'}')
            {
                if (digits > 0 && IsScalarValue(point))
                {
                    return i - at + 1;
                }

                break;
            }

            var digit = HexValue(b);
            if (digit < 0)
            {
                break;
            }

            point = (point << 4) | (uint)digit;
            digits++;
        }

        throw Error(at, $"Invalid Unicode escape sequence \"{EscapeText(at, 12)}\": braces must hold the hex code of a Unicode scalar value.");
    }

    // \uXXXX, where a leading surrogate must be followed by \uXXXX holding a trailing one.
    private readonly int ValidateFixedWidthEscape(int at)
    {
        var code = ReadHex4(at + 2);
        if (code >= 0 && IsScalarValue(code))
        {
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && PeekAt(at + 6) == (byte)'\\' && PeekAt(at + 7) == (byte)'u')
        {
            var trailing = ReadHex4(at + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                return 12;
            }
        }

        throw Error(at, code is >= 0xD800 and <= 0xDFFF
            ? $"Invalid Unicode escape sequence \"{EscapeText(at, 6)}\": a surrogate must be part of a leading and trailing pair."
            : $"Invalid Unicode escape sequence \"{EscapeText(at, 6)}\": expected four hex digits.");
    }

    private readonly int ReadHex4(int at)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(PeekAt(at + i));
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    private readonly string EscapeText(int at, int maxLength)
    {
        var end = Math.Min(source.Length, at + maxLength);
        var close = source[at..end].IndexOfAny((byte)'"', (byte)'\n', (byte)'\r');
        return System.Text.Encoding.UTF8.GetString(source[at..(close > 0 ? at + close : end)]);
    }

    // Bytes that end a run of plain string text: quote, backslash, line breaks and non-ASCII.
    private static readonly System.Buffers.SearchValues<byte> StringSpecial = System.Buffers.SearchValues.Create(StringSpecialBytes());

    private static byte[] StringSpecialBytes()
    {
        var bytes = new List<byte> { (byte)'"', (byte)'\\', (byte)'\n', (byte)'\r' };
        for (var b = 0x80; b <= 0xFF; b++)
        {
            bytes.Add((byte)b);
        }

        return [.. bytes];
    }

    private readonly byte Peek(int ahead) => PeekAt(position + ahead);

    private readonly byte PeekAt(int at) => at < source.Length ? source[at] : (byte)0;

    private static bool IsScalarValue(long point) => point is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    internal static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
