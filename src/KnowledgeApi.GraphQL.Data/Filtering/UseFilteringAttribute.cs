using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// Hot Chocolate's <c>[UseFiltering]</c>: adds <c>where: XFilterInput</c> to a field whose resolver
/// returns <c>IQueryable&lt;X&gt;</c> (or <c>IEnumerable&lt;X&gt;</c>) and narrows that result with the
/// predicate the argument describes. Write it after <c>[UsePaging]</c>/<c>[UseProjection]</c> and
/// before <c>[UseSorting]</c>.
/// </summary>
public sealed class UseFilteringAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    /// <summary>The entity to filter when it differs from the resolver's element type.</summary>
    public Type? Type { get; set; }

    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(member);
        DataMiddlewareOrder.Register(context, member, DataMiddlewareKind.Filtering);
        var entityType = Type ?? DataMemberInspector.ElementType(member)
            ?? throw new InvalidOperationException(
                $"[UseFiltering] on {member.DeclaringType?.Name}.{member.Name} needs a resolver that returns IQueryable<T> or IEnumerable<T>.");
        var options = context.Services.GetService(typeof(FilteringOptions)) as FilteringOptions ?? new FilteringOptions();
        var filterType = FilterTypeFactory.For(context).ObjectFilter(entityType);
        var cost = Execution.Analysis.CostDefaults.Of(context);
        descriptor.Argument(options.ArgumentName, argument => DataCostDefaults.FilterArgument(cost, argument.Type(filterType)));
        descriptor.Use(FilteringMiddleware.Create(entityType, options.ArgumentName, filterType));
    }
}
