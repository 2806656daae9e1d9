using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Paging.Offset;

/// <summary>
/// Offset paging: adds <c>skip</c> and <c>take</c> and makes the field an <c>XCollectionSegment</c>
/// named after the field (Hot Chocolate 14) with <c>items</c>, <c>pageInfo</c> and <c>totalCount</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class UseOffsetPagingAttribute : ObjectFieldDescriptorAttribute
{
    private int? defaultPageSize;
    private int? maxPageSize;
    private bool? includeTotalCount;
    private bool? requirePagingBoundaries;

    /// <param name="itemType">The item type when it cannot be read from the return type: a CLR class or a type class.</param>
    /// <param name="order">Filled in by the compiler: the attribute's line, which orders the field's middleware.</param>
    public UseOffsetPagingAttribute(Type? itemType = null, [CallerLineNumber] int order = 0)
        : base(order) => ItemType = itemType;

    public Type? ItemType { get; }

    /// <summary>The segment's base name (<c>"Book"</c> → <c>BookCollectionSegment</c>) instead of the field's.</summary>
    public string? CollectionSegmentName { get; set; }

    public int DefaultPageSize { get => defaultPageSize ?? 0; set => defaultPageSize = value; }

    public int MaxPageSize { get => maxPageSize ?? 0; set => maxPageSize = value; }

    public bool IncludeTotalCount { get => includeTotalCount ?? false; set => includeTotalCount = value; }

    public bool RequirePagingBoundaries { get => requirePagingBoundaries ?? false; set => requirePagingBoundaries = value; }

    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(member);
        DataMiddlewareOrder.Register(context, member, DataMiddlewareKind.Paging);
        var options = PagingOptionsResolver.Global(context.Services);
        options.DefaultPageSize = defaultPageSize ?? options.DefaultPageSize;
        options.MaxPageSize = maxPageSize ?? options.MaxPageSize;
        options.IncludeTotalCount = includeTotalCount ?? options.IncludeTotalCount;
        options.RequirePagingBoundaries = requirePagingBoundaries ?? options.RequirePagingBoundaries;

        var elementType = PagedElementType.Of(member)
            ?? throw new InvalidOperationException($"[UseOffsetPaging] on {member.DeclaringType?.Name}.{member.Name} needs a member that returns IQueryable<T> or IEnumerable<T>.");
        var baseName = CollectionSegmentName ?? PagingTypeNames.BaseName(member);
        var segment = CollectionSegmentTypeFactory.Segment(context, baseName, new NodeTypeReference(ItemType ?? elementType), options);

        descriptor.Argument("skip", a => a.Type("Int").Description("How many items to pass over before the segment starts."));
        descriptor.Argument("take", a => a.Type("Int").Description("How many items the segment holds at most."));
        descriptor.Type(segment);
        DataCostDefaults.PagingField(
            Execution.Analysis.CostDefaults.Of(context), descriptor, ["take"], ["items"], options.MaxPageSize, options.DefaultPageSize, options.RequirePagingBoundaries);
        var middleware = Activator.CreateInstance(typeof(OffsetPagingMiddleware<>).MakeGenericType(elementType), options, baseName + "CollectionSegment")!;
        var create = middleware.GetType().GetMethod(nameof(OffsetPagingMiddleware<object>.Create))!;
        descriptor.Use((FieldMiddleware)Delegate.CreateDelegate(typeof(FieldMiddleware), middleware, create));
    }
}
