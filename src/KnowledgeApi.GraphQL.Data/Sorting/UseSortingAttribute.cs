using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Sorting;

/// <summary>
/// Hot Chocolate's <c>[UseSorting]</c>: adds <c>order: [XSortInput!]</c> to a field returning
/// <c>IQueryable&lt;X&gt;</c> (or <c>IEnumerable&lt;X&gt;</c>) and orders the result by it. Write it
/// last of the data attributes (innermost).
/// </summary>
public sealed class UseSortingAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    /// <summary>The entity to sort when it differs from the resolver's element type.</summary>
    public Type? Type { get; set; }

    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(member);
        DataMiddlewareOrder.Register(context, member, DataMiddlewareKind.Sorting);
        var entityType = Type ?? DataMemberInspector.ElementType(member)
            ?? throw new InvalidOperationException(
                $"[UseSorting] on {member.DeclaringType?.Name}.{member.Name} needs a resolver that returns IQueryable<T> or IEnumerable<T>.");
        var options = context.Services.GetService(typeof(SortingOptions)) as SortingOptions ?? new SortingOptions();
        var sortType = SortTypeFactory.For(context).SortInput(entityType);
        var cost = Execution.Analysis.CostDefaults.Of(context);
        descriptor.Argument(options.ArgumentName, argument => DataCostDefaults.SortArgument(cost, argument.Type("[X!]", sortType)));
        descriptor.Use(SortingMiddleware.Create(entityType, options.ArgumentName, sortType));
    }
}
