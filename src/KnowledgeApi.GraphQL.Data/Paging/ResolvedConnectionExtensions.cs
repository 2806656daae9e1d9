using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// For a field whose resolver builds its <see cref="Connection"/> itself (a search engine's own
/// keyset, not an <see cref="IQueryable{T}"/>): the same arguments, connection type and argument
/// checks as <c>[UsePaging]</c>, while the resolver's connection passes through the middleware as is.
/// </summary>
public static class ResolvedConnectionExtensions
{
    public static void UseResolvedConnection(
        this IObjectFieldDescriptor descriptor,
        IDescriptorContext context,
        Type nodeType,
        string baseName,
        Action<PagingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(nodeType);
        var options = PagingOptionsResolver.Global(context.Services);
        configure?.Invoke(options);
        descriptor.UseCursorPaging(context, typeof(object), new NodeTypeReference(nodeType), baseName, options);
    }
}
