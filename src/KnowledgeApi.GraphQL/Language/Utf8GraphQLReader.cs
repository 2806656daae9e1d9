using System.Buffers;
using System.Text;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// The GraphQL lexer: reads tokens straight from UTF-8 bytes without allocating. Each
/// <see cref="Read"/> moves to the next significant token and exposes its kind, byte range and
/// position; string and name values are only turned into .NET strings when asked for
/// (<see cref="GetName"/>, <see cref="GetString"/>).
/// </summary>
public ref partial struct Utf8GraphQLReader
{
    private readonly ReadOnlySpan<byte> source;
    private int position;
    private int line;
    private int lineStart;

    // Bytes minus UTF-16 code units consumed on the current line, so a column counts code
    // units as graphql-js does although we walk bytes. Only strings, comments and BOMs can
    // hold non-ASCII text, so only they move it.
    private int lineBias;

    public Utf8GraphQLReader(ReadOnlySpan<byte> source)
    {
        this.source = source;
        line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    public readonly ReadOnlySpan<byte> Source => source;

    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset of the token's first byte.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just past the token's last byte.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the token.</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the token, in UTF-16 code units.</summary>
    public int Column { get; private set; }

    /// <summary>The token's bytes as written in the source (for strings, including the quotes).</summary>
    public readonly ReadOnlySpan<byte> RawValue => source[Start..End];

    /// <summary>Moves to the next token; false once the end of the source has been reached.</summary>
    public bool Read()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return false;
        }

        SkipIgnored();
        var source = this.source;
        var p = position;
        Start = p;
        Line = line;
        Column = p - lineStart - lineBias + 1;

        if ((uint)p >= (uint)source.Length)
        {
            Kind = TokenKind.EndOfFile;
            End = p;
            return false;
        }

        // One table lookup sorts the first byte into a name, a one-byte punctuator, or the rest;
        // names and punctuators are nearly every token, so they are finished right here.
        var kind = (TokenKind)TokenStartTable[source[p]];
        if (kind == TokenKind.Name)
        {
            // Names are a handful of bytes, too short for a vectorised search to pay off:
            // a table lookup per byte on a local index is the cheapest scan.
            var table = NameContinueTable;
            var end = p + 1;
            while ((uint)end < (uint)source.Length && table[source[end]] != 0)
            {
                end++;
            }

            position = end;
            End = end;
            Kind = TokenKind.Name;
            return true;
        }

        if (kind != TokenKind.StartOfFile)
        {
            position = p + 1;
            End = p + 1;
            Kind = kind;
            return true;
        }

        return ReadOther(source[p]);
    }

    /// <summary>Spreads, strings, numbers, and the errors for bytes no token starts with.</summary>
    private bool ReadOther(byte code)
    {
        switch (code)
        {
            case (byte)'.':
                if (position + 2 < source.Length && source[position + 1] == (byte)'.' && source[position + 2] == (byte)'.')
                {
                    position += 3;
                    return Finish(TokenKind.Spread);
                }

                throw Error(position, "Unexpected character \".\"; a spread is written \"...\" and a number needs a digit before its point.");
            case (byte)'"':
                if (position + 2 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"')
                {
                    ReadBlockString();
                    return Finish(TokenKind.BlockString);
                }

                ReadString();
                return Finish(TokenKind.String);
        }

        if (IsDigit(code) || code == (byte)'-')
        {
            return Finish(ReadNumber());
        }

        throw code == (byte)'\''
            ? Error(position, "Unexpected single quote; GraphQL strings use double quotes (\").")
            : Error(position, $"Unexpected character {SourcePosition.Describe(source, position)}.");
    }

    /// <summary>The value of a <see cref="TokenKind.Name"/> token.</summary>
    public readonly string GetName() => NameCache.GetShared(RawValue);

    /// <summary>The value of a string or block string token, escapes and indentation resolved.</summary>
    public readonly string GetString() => Kind == TokenKind.BlockString
        ? BlockStringValue.FromRaw(source[(Start + 3)..(End - 3)])
        : StringValueDecoder.Decode(source[(Start + 1)..(End - 1)]);

    /// <summary>Whether the current token is the name <paramref name="keyword"/> (ASCII).</summary>
    public readonly bool IsKeyword(ReadOnlySpan<byte> keyword) => Kind == TokenKind.Name && RawValue.SequenceEqual(keyword);

    private bool Finish(TokenKind kind)
    {
        Kind = kind;
        End = position;
        return true;
    }

    private void SkipIgnored()
    {
        // The common ignored bytes (blanks, commas, line feeds and indentation) are walked on a
        // local index, so the loop does not write the field back on every byte.
        var source = this.source;
        var p = position;
        while ((uint)p < (uint)source.Length)
        {
            var b = source[p];
            if (b is (byte)' ' or (byte)',' or (byte)'\t')
            {
                p++;
            }
            else if (b == (byte)'\n')
            {
                p++;
                line++;
                lineStart = p;
                lineBias = 0;
                while ((uint)p < (uint)source.Length && source[p] is (byte)' ' or (byte)'\t')
                {
                    p++;
                }
            }
            else
            {
                position = p;
                if (!SkipRareIgnored(b))
                {
                    return;
                }

                p = position;
            }
        }

        position = p;
    }

    /// <summary>Steps over a carriage return, byte order mark or comment; false if the byte starts a token.</summary>
    private bool SkipRareIgnored(byte b)
    {
        switch (b)
        {
            case (byte)'\r':
                position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                NewLine();
                return true;
            case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                // U+FEFF, the byte order mark: three bytes, one UTF-16 unit.
                position += 3;
                lineBias += 2;
                return true;
            case (byte)'#':
                SkipComment();
                return true;
            default:
                return false;
        }
    }

    private void SkipComment()
    {
        position++;
        while (position < source.Length)
        {
            var b = source[position];
            if (b == (byte)'\n' || b == (byte)'\r')
            {
                return;
            }

            if (b < 0x80)
            {
                position++;
            }
            else if (!TrySkipMultiByte())
            {
                // Like graphql-js, an invalid character ends the comment and is then reported as a token.
                return;
            }
        }
    }

    private void NewLine()
    {
        line++;
        lineStart = position;
        lineBias = 0;
    }

    /// <summary>Steps over one valid multi-byte UTF-8 character, keeping the column bias right.</summary>
    private bool TrySkipMultiByte()
    {
        if (Rune.DecodeFromUtf8(source[position..], out var rune, out var consumed) != OperationStatus.Done)
        {
            return false;
        }

        position += consumed;
        lineBias += consumed - rune.Utf16SequenceLength;
        return true;
    }

    private readonly GraphQLSyntaxException Error(int at, string message) => GraphQLSyntaxException.At(source, at, message);

    internal static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    internal static bool IsNameStart(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (byte)'_';

    internal static bool IsNameContinue(byte b) => IsNameStart(b) || IsDigit(b);
}
