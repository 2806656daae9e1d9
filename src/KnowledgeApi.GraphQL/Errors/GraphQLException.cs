namespace KnowledgeApi.GraphQL.Errors;

/// <summary>
/// An exception that carries the GraphQL error a client should see. Resolvers and field middleware
/// (filtering, paging, authorization) throw it to report a problem in Hot Chocolate's shape: the
/// executor keeps its message, code and extensions and adds the field's path and location, where any
/// other exception becomes "Unexpected Execution Error" so no internals leak.
/// </summary>
public sealed class GraphQLException : Exception
{
    public GraphQLException()
        : this(new GraphQLError("Unexpected Execution Error"))
    {
    }

    public GraphQLException(string message)
        : this(new GraphQLError(message))
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException) => Error = new GraphQLError(message);

    public GraphQLException(GraphQLError error)
        : base(error?.Message) => Error = error ?? throw new ArgumentNullException(nameof(error));

    /// <summary>Creates the exception for a message with an <c>extensions.code</c>.</summary>
    public static GraphQLException WithCode(string message, string code) => new(new GraphQLError(message).WithCode(code));

    public GraphQLError Error { get; }
}
