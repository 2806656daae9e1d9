using System.Text;
using KnowledgeApi.GraphQL.Language;
using static KnowledgeApi.GraphQL.Tests.Language.LexerHelpers;

namespace KnowledgeApi.GraphQL.Tests.Language;

public sealed class Utf8GraphQLReaderTests
{
    [Fact]
    public void Every_punctuator_is_its_own_token()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);

        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.LeftParenthesis,
                TokenKind.RightParenthesis, TokenKind.Spread, TokenKind.Colon, TokenKind.Equal, TokenKind.At,
                TokenKind.LeftBracket, TokenKind.RightBracket, TokenKind.LeftBrace, TokenKind.Pipe,
                TokenKind.RightBrace, TokenKind.EndOfFile,
            ],
            kinds);
    }

    [Fact]
    public void Names_may_hold_underscores_and_digits_after_the_first_character()
    {
        var tokens = Lex("_a __typename b9_c");

        Assert.Equal(["_a", "__typename", "b9_c"], tokens.Where(t => t.Kind == TokenKind.Name).Select(t => t.Value));
    }

    [Fact]
    public void Commas_whitespace_comments_and_the_byte_order_mark_are_ignored()
    {
        var tokens = Lex("\uFEFF,,\t a # comment with { braces }\n,b");

        Assert.Equal(["a", "b"], tokens.Where(t => t.Kind == TokenKind.Name).Select(t => t.Value));
    }

    [Fact]
    public void Lines_and_columns_are_one_based_and_follow_every_kind_of_line_break()
    {
        var tokens = Lex("a\n  b\r\n   c\r    d");

        Assert.Equal([(1, 1), (2, 3), (3, 4), (4, 5)], tokens.Take(4).Select(t => (t.Line, t.Column)));
    }

    [Fact]
    public void Columns_count_utf16_code_units_after_non_ascii_text()
    {
        // "é" is two UTF-8 bytes but one UTF-16 unit; "😀" is four bytes and two units.
        var tokens = Lex("\"é\" a \"😀\" b # ü\n");

        Assert.Equal(5, tokens[1].Column);
        Assert.Equal(12, tokens[3].Column);
    }

    [Fact]
    public void A_block_string_moves_the_line_count_past_its_lines()
    {
        var tokens = Lex("\"\"\"\none\r\ntwo\rthree\"\"\" after");

        Assert.Equal((1, 1), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((4, 10), (tokens[1].Line, tokens[1].Column));
    }

    [Theory]
    [InlineData("0", TokenKind.Integer)]
    [InlineData("-0", TokenKind.Integer)]
    [InlineData("9007199254740993", TokenKind.Integer)]
    [InlineData("-12", TokenKind.Integer)]
    [InlineData("1.0", TokenKind.Float)]
    [InlineData("-0.5", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("1E+2", TokenKind.Float)]
    [InlineData("6.02e-23", TokenKind.Float)]
    public void Valid_numbers_keep_their_exact_text(string text, TokenKind kind)
    {
        var token = Single(text);

        Assert.Equal((kind, text), (token.Kind, token.Value));
    }

    [Theory]
    [InlineData("0x1", 2)]
    [InlineData("1.", 3)]
    [InlineData("00", 2)]
    [InlineData("01", 2)]
    [InlineData("1e", 3)]
    [InlineData("1.e1", 3)]
    [InlineData(".5", 1)]
    [InlineData("1a", 2)]
    [InlineData("1.5a", 4)]
    [InlineData("1.5.", 4)]
    [InlineData("-", 2)]
    [InlineData("-a", 2)]
    [InlineData("1e+", 4)]
    public void Malformed_numbers_are_errors_at_the_offending_character(string text, int column)
    {
        var error = LexError(text);

        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Fact]
    public void Every_simple_escape_is_translated()
    {
        var token = Single("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t\"");

        Assert.Equal("q\" b\\ s/ \b\f\n\r\t", token.Value);
    }

    [Fact]
    public void Unicode_escapes_accept_four_digits_and_braced_code_points()
    {
        Assert.Equal("Aé中", Single("\"\\u0041\\u00e9\\u4E2D\"").Value);
        Assert.Equal("😀", Single("\"\\u{1F600}\"").Value);
        Assert.Equal("\0", Single("\"\\u{0}\"").Value);
    }

    [Fact]
    public void An_escaped_surrogate_pair_joins_into_one_character()
    {
        var value = Single("\"\\uD83D\\uDE00\"").Value;

        Assert.Equal("😀", value);
        Assert.Equal(2, value!.Length);
    }

    [Theory]
    [InlineData("\"\\uD83D\"")]
    [InlineData("\"\\uDE00\"")]
    [InlineData("\"\\uD83D\\u0041\"")]
    [InlineData("\"\\u{D83D}\"")]
    [InlineData("\"\\u{110000}\"")]
    [InlineData("\"\\u{}\"")]
    [InlineData("\"\\u12\"")]
    [InlineData("\"\\x\"")]
    public void Invalid_escapes_are_errors_at_the_backslash(string text)
    {
        var error = LexError(text);

        Assert.Equal((1, 2), (error.Line, error.Column));
    }

    [Fact]
    public void Non_ascii_text_in_strings_is_kept_as_written()
    {
        Assert.Equal("Zoë 😀 中文", Single("\"Zoë 😀 中文\"").Value);
    }

    [Fact]
    public void A_string_cannot_span_lines()
    {
        var error = LexError("\"ab\ncd\"");

        Assert.Equal((1, 4), (error.Line, error.Column));
    }

    [Fact]
    public void An_unterminated_string_is_reported_at_the_end_of_the_document()
    {
        var error = LexError("\"abc");

        Assert.Equal((1, 5), (error.Line, error.Column));
        Assert.Contains("Unterminated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_strings_strip_common_indentation()
    {
        var token = Single("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");

        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", token.Value);
    }

    [Fact]
    public void Block_strings_keep_the_first_line_and_escaped_triple_quotes()
    {
        var token = Single("\"\"\"  first\n    second \\\"\"\" quoted\"\"\"");

        Assert.Equal("  first\nsecond \"\"\" quoted", token.Value);
    }

    [Fact]
    public void Block_strings_keep_escapes_other_than_triple_quotes_literally()
    {
        Assert.Equal("a\\nb\\u0041", Single("\"\"\"a\\nb\\u0041\"\"\"").Value);
    }

    [Fact]
    public void Block_strings_drop_blank_leading_and_trailing_lines_and_normalise_line_breaks()
    {
        Assert.Equal("a\nb", Single("\"\"\"\r\n  \r\n  a\r\n  b\r  \n\"\"\"").Value);
    }

    [Fact]
    public void An_unterminated_block_string_is_an_error()
    {
        var error = LexError("\"\"\"abc\ndef");

        Assert.Equal((2, 4), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("?")]
    [InlineData("\u0007")]
    [InlineData("\u00e9")]
    [InlineData("'a'")]
    [InlineData("..")]
    public void Characters_outside_the_grammar_are_syntax_errors(string text)
    {
        var error = LexError("a " + text);

        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.Equal("HC0011", error.Code);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_syntax_errors_not_crashes()
    {
        byte[] source = [(byte)'"', 0xC3, 0x28, (byte)'"'];

        var error = Assert.Throws<GraphQLSyntaxException>(() =>
        {
            var reader = new Utf8GraphQLReader(source);
            reader.Read();
        });

        Assert.Equal((1, 2), (error.Line, error.Column));
    }

    [Fact]
    public void Reading_past_the_end_keeps_answering_end_of_file()
    {
        var reader = new Utf8GraphQLReader("a"u8);

        Assert.True(reader.Read());
        Assert.False(reader.Read());
        Assert.False(reader.Read());
        Assert.Equal(TokenKind.EndOfFile, reader.Kind);
    }

    [Fact]
    public void Token_offsets_are_byte_offsets_into_the_source()
    {
        var bytes = Encoding.UTF8.GetBytes("\"é\" name");
        var reader = new Utf8GraphQLReader(bytes);
        reader.Read();
        reader.Read();

        Assert.Equal((5, 9), (reader.Start, reader.End));
        Assert.Equal("name", reader.GetName());
    }
}
