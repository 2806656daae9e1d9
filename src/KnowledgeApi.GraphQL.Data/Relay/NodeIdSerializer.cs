using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Relay;

/// <summary>The <see cref="IGlobalIdSerializer"/> of global object identification: <see cref="NodeId"/>'s v14 format, legacy accepted.</summary>
public sealed class NodeIdSerializer : IGlobalIdSerializer
{
    public static NodeIdSerializer Instance { get; } = new();

    public string Format(string typeName, object id) => NodeId.Format(typeName, id);

    public object Parse(string globalId, string? expectedTypeName, Type runtimeType)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        if (!NodeId.TryParse(globalId, runtimeType, out var typeName, out var value) || value is null)
        {
            // UNCONFIRMED: Hot Chocolate's exact wording for an unparsable ID; the shape is a field error.
            throw new GraphQLException(new GraphQLError($"The ID `{globalId}` has an invalid format.").WithExtension("id", globalId));
        }

        if (expectedTypeName is not null && !string.Equals(typeName, expectedTypeName, StringComparison.Ordinal))
        {
            throw new GraphQLException(new GraphQLError($"The ID `{globalId}` belongs to the type `{typeName}`, not to `{expectedTypeName}`.")
                .WithExtension("id", globalId)
                .WithExtension("expectedType", expectedTypeName)
                .WithExtension("actualType", typeName));
        }

        return value;
    }
}
