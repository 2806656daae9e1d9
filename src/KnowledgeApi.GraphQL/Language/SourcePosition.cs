using System.Buffers;
using System.Text;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Turns a byte offset into a 1-based line and column. Only errors need this, so it rescans
/// from the start instead of making the lexer pay for it on every token. Line breaks are
/// <c>\r\n</c>, <c>\n</c> or <c>\r</c>; columns count UTF-16 code units like JavaScript does.
/// </summary>
internal static class SourcePosition
{
    public static (int Line, int Column) Find(ReadOnlySpan<byte> source, int position)
    {
        position = Math.Clamp(position, 0, source.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position; i++)
        {
            var b = source[i];
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= source.Length || source[i + 1] != (byte)'\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Utf16Length(source[lineStart..position]) + 1);
    }

    /// <summary>How many UTF-16 code units the bytes decode to; an invalid byte counts as one.</summary>
    public static int Utf16Length(ReadOnlySpan<byte> bytes)
    {
        var units = 0;
        while (!bytes.IsEmpty)
        {
            if (bytes[0] < 0x80)
            {
                units++;
                bytes = bytes[1..];
                continue;
            }

            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            units += status == OperationStatus.Done ? rune.Utf16SequenceLength : 1;
            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return units;
    }

    /// <summary>Describes the character at a byte offset the way error messages quote it.</summary>
    public static string Describe(ReadOnlySpan<byte> source, int position)
    {
        if (position >= source.Length)
        {
            return "<EOF>";
        }

        var status = Rune.DecodeFromUtf8(source[position..], out var rune, out _);
        if (status != OperationStatus.Done)
        {
            return $"the invalid UTF-8 byte 0x{source[position]:X2}";
        }

        var code = $"U+{rune.Value:X4}";
        return rune.Value is >= 0x20 and < 0x7F ? $"\"{(char)rune.Value}\"" : code;
    }
}
