namespace KnowledgeApi.GraphQL.Types;

/// <summary>Formats and parses the global IDs that <c>[ID]</c> members and arguments carry.</summary>
public interface IGlobalIdSerializer
{
    /// <summary>The global ID of <paramref name="id"/> as an object of the type <paramref name="typeName"/>.</summary>
    string Format(string typeName, object id);

    /// <summary>
    /// The raw id inside <paramref name="globalId"/>, converted to <paramref name="runtimeType"/>. Throws a
    /// <see cref="Errors.GraphQLException"/> when the ID is malformed or, with <paramref name="expectedTypeName"/>, of another type.
    /// </summary>
    object Parse(string globalId, string? expectedTypeName, Type runtimeType);
}
