using System.Linq.Expressions;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Relay;

/// <summary>Makes an object type a Relay node: it implements <c>Node</c>, its ID becomes a global ID, and it says how to load itself.</summary>
public static class NodeDescriptorExtensions
{
    /// <summary>
    /// <c>d.ImplementsNode(b =&gt; b.Id, (ctx, id) =&gt; ctx.Service&lt;Db&gt;().Books.FindAsync(id))</c>:
    /// the member becomes <c>id: ID!</c> holding <c>base64("TypeName:" + value)</c>, and
    /// <c>node(id:)</c> loads objects of this type with <paramref name="loadById"/>.
    /// </summary>
    public static IObjectTypeDescriptor<T> ImplementsNode<T, TId>(
        this IObjectTypeDescriptor<T> descriptor,
        Expression<Func<T, TId>> idMember,
        Func<IResolverContext, TId, ValueTask<T?>> loadById)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(idMember);
        ArgumentNullException.ThrowIfNull(loadById);
        var readId = idMember.Compile();
        descriptor.Implements<NodeType>();
        descriptor.Field(idMember).Name("id").Type("ID!")
            .Resolve(ctx => NodeId.Format(ctx.ObjectType.Name, readId(ctx.Parent<T>())));
        NodeResolvers.Register(typeof(T), new NodeResolver(typeof(TId), async (ctx, id) => await loadById(ctx, (TId)id).ConfigureAwait(false)));
        return descriptor;
    }
}
