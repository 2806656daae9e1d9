using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL;

/// <summary>The root type: the fields <see cref="Query"/> declares, plus Relay's <c>node</c> and <c>nodes</c>.</summary>
internal sealed class QueryType(int maxAllowedNodeBatchSize) : ObjectType<Query>
{
    protected override void Configure(IObjectTypeDescriptor<Query> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.AddNodeFields(maxAllowedNodeBatchSize);
    }
}
