namespace KnowledgeApi.GraphQL.Language;

/// <summary>The lexical tokens of GraphQL; ignored tokens (whitespace, commas, comments, BOM) never surface.</summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    LeftParenthesis,
    RightParenthesis,
    Spread,
    Colon,
    Equal,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,
    Name,
    Integer,
    Float,
    String,
    BlockString,
}
