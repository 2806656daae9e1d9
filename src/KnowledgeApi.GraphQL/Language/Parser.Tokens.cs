using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>Token-level helpers shared by every grammar chapter: expecting, peeking, limits, locations, errors.</summary>
public ref partial struct Parser
{
    /// <summary>Where a node starts; its end is the end of the last token it consumed.</summary>
    private readonly record struct Mark(int Start, int Line, int Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Mark Here() => new(reader.Start, reader.Line, reader.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Location? LocationFrom(Mark start) =>
        noLocations ? null : new Location(start.Start, previousEnd, start.Line, start.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        previousEnd = reader.End;
        reader.Read();
        // Counting down saves a load of the limit per token; the end of the file is no token.
        if (--tokensLeft < 0 && reader.Kind != TokenKind.EndOfFile)
        {
            throw TooManyTokens();
        }
    }

    // Kept out of Advance so the inlined hot path does not carry the message formatting.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException TooManyTokens() =>
        Error(reader.Start, $"The document has more than {options.MaxTokens} tokens, the limit this server parses.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool Peek(TokenKind kind) => reader.Kind == kind;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Expect(TokenKind kind)
    {
        if (reader.Kind != kind)
        {
            throw Expected(kind);
        }

        Advance();
    }

    // Error formatting lives in cold methods: inlined into the hot path it would use up the
    // JIT's inlining budget for the parse methods, and the node constructors would stay calls.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException Expected(TokenKind kind) =>
        Error(reader.Start, $"Expected {DescribeKind(kind)}, found {DescribeToken(reader)}.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptional(TokenKind kind)
    {
        if (reader.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!reader.IsKeyword(keyword))
        {
            throw Error(reader.Start, $"Expected \"{System.Text.Encoding.UTF8.GetString(keyword)}\", found {DescribeToken(reader)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!reader.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private NameNode ParseName()
    {
        if (reader.Kind != TokenKind.Name)
        {
            throw Expected(TokenKind.Name);
        }

        var start = Here();
        var value = names.Get(reader.RawValue);
        Advance();
        return new NameNode(LocationFrom(start), value);
    }

    /// <summary>Counts one level of nesting so hostile depth fails as a syntax error, not a stack overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnterNesting(Mark opening)
    {
        if (++depth > options.MaxDepth)
        {
            throw TooDeep(opening);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException TooDeep(Mark opening) =>
        Error(opening.Start, $"The document nests deeper than {options.MaxDepth} levels, the limit this server parses.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void LeaveNesting() => depth--;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException Unexpected() => Unexpected(reader.Start, DescribeToken(reader));

    private readonly GraphQLSyntaxException Unexpected(int at, string description) => Error(at, $"Unexpected {description}.");

    private readonly GraphQLSyntaxException Error(int at, string message) => GraphQLSyntaxException.At(reader.Source, at, message);

    private static string DescribeToken(in Utf8GraphQLReader token) => token.Kind switch
    {
        TokenKind.Name => $"Name \"{token.GetName()}\"",
        TokenKind.Integer => $"Int \"{token.GetName()}\"",
        TokenKind.Float => $"Float \"{token.GetName()}\"",
        TokenKind.String => $"String {Printer.PrintString(token.GetString())}",
        TokenKind.BlockString => "BlockString",
        _ => DescribeKind(token.Kind),
    };

    private static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParenthesis => "\"(\"",
        TokenKind.RightParenthesis => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equal => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Integer => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        _ => "BlockString",
    };
}
