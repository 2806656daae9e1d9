using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Relay;

/// <summary>
/// <c>AddGlobalObjectIdentification()</c>: registers the <c>Node</c> interface and makes <c>[ID]</c>
/// members and arguments global IDs. Object types join <c>Node</c> with <c>ImplementsNode(...)</c>,
/// and the query type gets <c>node</c>/<c>nodes</c> with <c>AddNodeFields()</c>.
/// </summary>
public static class GlobalObjectIdentificationExtensions
{
    public static IRequestExecutorBuilder AddGlobalObjectIdentification(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureSchema((_, schema) => schema.AddGlobalObjectIdentification());
    }

    public static SchemaBuilder AddGlobalObjectIdentification(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddType<NodeType>().ModifyOptions(o => o.GlobalIdSerializer = NodeIdSerializer.Instance);
    }
}
