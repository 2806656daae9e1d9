using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.Relay;

/// <summary>
/// <c>AddGlobalObjectIdentification()</c>: registers the <c>Node</c> interface. Object types join it
/// with <c>ImplementsNode(...)</c>, and the query type gets <c>node</c>/<c>nodes</c> with <c>AddNodeFields()</c>.
/// </summary>
public static class GlobalObjectIdentificationExtensions
{
    public static IRequestExecutorBuilder AddGlobalObjectIdentification(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureSchema((_, schema) => schema.AddType<NodeType>());
    }
}
