using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Relay;

/// <summary>Adds Relay's <c>node(id:)</c> and <c>nodes(ids:)</c> to the query type.</summary>
public static class NodeFieldsExtensions
{
    /// <summary>The code Hot Chocolate gives a <c>nodes</c> request with more IDs than allowed.</summary>
    public const string TooManyNodesCode = "HC0076";

    public static IObjectTypeDescriptor AddNodeFields(this IObjectTypeDescriptor descriptor, int maxAllowedNodes = 10)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Field("node").Type<NodeType>()
            .Description("Fetches the object with this global ID, or null when none has it.")
            .Argument("id", a => a.Type("ID!").Description("The object's global ID."))
            .Resolve(new FieldResolverDelegate(ctx => LoadAsync(ctx, ctx.ArgumentValue<string>("id"))));
        descriptor.Field("nodes").Type<NonNullType<ListType<NodeType>>>()
            .Description("Fetches the objects with these global IDs, in the same order; null where none has an ID.")
            .Argument("ids", a => a.Type("[ID!]!").Description("The global IDs to fetch."))
            .Resolve(new FieldResolverDelegate(async ctx =>
            {
                var ids = ctx.ArgumentValue<IReadOnlyList<string>>("ids");
                if (ids.Count > maxAllowedNodes)
                {
                    throw new GraphQLException(new GraphQLError($"At most {maxAllowedNodes} nodes can be fetched at once; the request asked for {ids.Count}.")
                        .WithCode(TooManyNodesCode)
                        .WithExtension("requestedNodes", ids.Count)
                        .WithExtension("maxAllowedNodes", maxAllowedNodes));
                }

                // One after the other: the loaders may share the request's DbContext.
                var nodes = new object?[ids.Count];
                for (var i = 0; i < ids.Count; i++)
                {
                    nodes[i] = await LoadAsync(ctx, ids[i]).ConfigureAwait(false);
                }

                return (object?)nodes;
            }));
        return descriptor;
    }

    private static async ValueTask<object?> LoadAsync(IResolverContext context, string id)
    {
        var typeName = NodeId.TypeNameOf(id) ?? throw InvalidId(id);
        if (!context.Schema.TryGetType(typeName, out var type) || type is not ObjectType objectType || NodeResolvers.Find(objectType.RuntimeType) is not { } resolver)
        {
            return null;
        }

        if (!NodeId.TryParse(id, resolver.IdType, out _, out var value) || value is null)
        {
            throw InvalidId(id);
        }

        return await resolver.Load(context, value).ConfigureAwait(false);
    }

    // UNCONFIRMED: HC's wording and code for an unparsable node ID; this is a plain field error.
    private static GraphQLException InvalidId(string id) =>
        new(new GraphQLError($"The ID `{id}` is not a valid global ID.").WithExtension("id", id));
}
