using System.Text;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Tests.Language;

/// <summary>One token as the tests look at it.</summary>
internal sealed record LexedToken(TokenKind Kind, string Raw, int Line, int Column, string? Value);

internal static class LexerHelpers
{
    /// <summary>All significant tokens of the text, end of file last.</summary>
    public static List<LexedToken> Lex(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8GraphQLReader(bytes);
        var tokens = new List<LexedToken>();
        do
        {
            reader.Read();
            string? value = reader.Kind is TokenKind.String or TokenKind.BlockString ? reader.GetString()
                : reader.Kind is TokenKind.Name or TokenKind.Integer or TokenKind.Float ? reader.GetName()
                : null;
            tokens.Add(new LexedToken(reader.Kind, Encoding.UTF8.GetString(reader.RawValue), reader.Line, reader.Column, value));
        }
        while (reader.Kind != TokenKind.EndOfFile);

        return tokens;
    }

    /// <summary>The single value token of the text.</summary>
    public static LexedToken Single(string text)
    {
        var tokens = Lex(text);
        Assert.Equal(2, tokens.Count);
        return tokens[0];
    }

    public static GraphQLSyntaxException LexError(string text) =>
        Assert.Throws<GraphQLSyntaxException>(() => Lex(text));
}
