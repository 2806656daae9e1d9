using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Relay;

/// <summary>
/// <c>AddGlobalObjectIdentification()</c>: registers the <c>Node</c> interface. Object types join <c>Node</c>
/// with <c>ImplementsNode(...)</c>, and the query type gets <c>node</c>/<c>nodes</c> with <c>AddNodeFields()</c>.
/// <c>[ID]</c> members, arguments and filter fields carry global IDs, as in Hot Chocolate; pass
/// <c>globalIdMembers: false</c> to keep them raw.
/// </summary>
public static class GlobalObjectIdentificationExtensions
{
    public static IRequestExecutorBuilder AddGlobalObjectIdentification(this IRequestExecutorBuilder builder, bool globalIdMembers = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureSchema((_, schema) => schema.AddGlobalObjectIdentification(globalIdMembers));
    }

    public static SchemaBuilder AddGlobalObjectIdentification(this SchemaBuilder builder, bool globalIdMembers = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddType<NodeType>();
        return globalIdMembers ? builder.ModifyOptions(o => o.GlobalIdSerializer = NodeIdSerializer.Instance) : builder;
    }
}
