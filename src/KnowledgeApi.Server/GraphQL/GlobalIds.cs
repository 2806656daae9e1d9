using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.Server.GraphQL;

/// <summary>
/// Reads the global IDs the lookups take (<c>article(id:)</c>...), as HC's <c>[ID(nameof(Article))]</c>
/// does: the ID must be well-formed and name the expected type.
/// </summary>
internal static class GlobalIds
{
    /// <summary>The database id inside <paramref name="id"/>; a field error when it is not an ID of <paramref name="typeName"/>.</summary>
    public static int Expect(string id, string typeName)
    {
        if (!NodeId.TryParse(id, typeof(int), out var actualType, out var value) || value is not int number)
        {
            throw new GraphQLException(new GraphQLError($"The ID `{id}` is not a valid global ID.").WithExtension("id", id));
        }

        if (!string.Equals(actualType, typeName, StringComparison.Ordinal))
        {
            throw new GraphQLException(new GraphQLError($"The ID `{id}` belongs to a {actualType}, not to a {typeName}.")
                .WithExtension("id", id)
                .WithExtension("expectedType", typeName));
        }

        return number;
    }
}
