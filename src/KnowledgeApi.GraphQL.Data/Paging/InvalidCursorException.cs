namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// An <c>after</c>/<c>before</c> cursor that the current order did not make (malformed, forged, or
/// made under another <c>order</c>). The paging middleware reports it as HC0078.
/// </summary>
public sealed class InvalidCursorException : Exception
{
    public InvalidCursorException(string argument, string cursor)
        : base($"The cursor given in `{argument}` is not valid for this list and order.")
    {
        Argument = argument;
        Cursor = cursor;
    }

    public InvalidCursorException()
        : this("after", string.Empty)
    {
    }

    public InvalidCursorException(string message)
        : base(message)
    {
        Argument = "after";
        Cursor = string.Empty;
    }

    public InvalidCursorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Argument = "after";
        Cursor = string.Empty;
    }

    public string Argument { get; }

    public string Cursor { get; }
}
