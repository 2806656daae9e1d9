using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Relay;

/// <summary>The Relay <c>Node</c> interface: <c>interface Node { id: ID! }</c>.</summary>
public sealed class NodeType : InterfaceType
{
    protected override void Configure(IInterfaceTypeDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Name("Node").Description("An object with an ID that is unique across the whole schema, so it can be fetched again with `node(id:)`.");
        descriptor.Field("id").Type("ID!").Description("The object's global ID.");
    }
}
