using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Server.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// Makes <c>search</c> a forward-only <c>SearchResultConnection</c> (<c>first</c>/<c>after</c>,
/// <c>totalCount</c>): the resolver pages on the search index's own keyset (rank, index key),
/// which an <see cref="IQueryable{T}"/> pager cannot express over a union of tables.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UseSearchPagingAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member) =>
        descriptor.UseResolvedConnection(context, typeof(SearchResultType), "SearchResult", options =>
        {
            options.AllowBackwardPagination = false;
            options.IncludeTotalCount = true;
        });
}
