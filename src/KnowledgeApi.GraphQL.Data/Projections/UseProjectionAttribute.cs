using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Projections;

/// <summary>
/// Projects the resolver's <c>IQueryable&lt;T&gt;</c> to the selected members: write it after
/// <c>[UsePaging]</c> and before <c>[UseFiltering]</c>/<c>[UseSorting]</c>, as Hot Chocolate requires.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class UseProjectionAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(member);
        DataMiddlewareOrder.Register(context, member, DataMiddlewareKind.Projection);
        var elementType = PagedElementType.Of(member)
            ?? throw new InvalidOperationException($"[UseProjection] on {member.DeclaringType?.Name}.{member.Name} needs a member that returns IQueryable<T>.");
        var create = typeof(ProjectionMiddleware<>).MakeGenericType(elementType).GetMethod(nameof(ProjectionMiddleware<object>.Create))!;
        descriptor.Use((FieldMiddleware)Delegate.CreateDelegate(typeof(FieldMiddleware), create));
    }
}
