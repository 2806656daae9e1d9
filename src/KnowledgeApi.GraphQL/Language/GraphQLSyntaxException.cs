namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// The document is not valid GraphQL syntax. <see cref="Line"/> and <see cref="Column"/> are
/// 1-based and count columns in UTF-16 code units, the same position graphql-js reports.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException()
        : this("The document is not valid GraphQL.", 0, 1, 1)
    {
    }

    public GraphQLSyntaxException(string message)
        : this(message, 0, 1, 1)
    {
    }

    public GraphQLSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Line = 1;
        Column = 1;
    }

    public GraphQLSyntaxException(string message, int position, int line, int column)
        : base(message)
    {
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>Hot Chocolate's error code for a request whose document fails to parse.</summary>
    public string Code { get; } = "HC0011";

    /// <summary>The byte offset of the error in the UTF-8 source.</summary>
    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Builds the exception for a byte offset, working out line and column from the source.</summary>
    internal static GraphQLSyntaxException At(ReadOnlySpan<byte> source, int position, string message)
    {
        var (line, column) = SourcePosition.Find(source, position);
        return new GraphQLSyntaxException(message, position, line, column);
    }
}
