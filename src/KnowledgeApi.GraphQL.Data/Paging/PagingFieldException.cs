using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>Raises a paging error as a field error (until the executor's own GraphQL exception type is on main).</summary>
internal static class FieldError
{
    public static Exception Raise(GraphQLError error) => new PagingFieldException(error);
}

/// <summary>A field error carrying the error the client should see.</summary>
internal sealed class PagingFieldException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
