using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>Raises a paging error as a field error: the executor keeps a <see cref="GraphQLException"/>'s message and code.</summary>
internal static class FieldError
{
    public static GraphQLException Raise(GraphQLError error) => new(error);
}
