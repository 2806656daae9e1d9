using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// Turns a field returning <c>IQueryable&lt;T&gt;</c> (or <c>IEnumerable&lt;T&gt;</c>) into a Relay
/// connection: adds <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, sets the type to
/// <c>XConnection</c> named after the field, and pages the resolver's query with keyset cursors.
/// Unset properties take the global <see cref="PagingOptions"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class UsePagingAttribute : ObjectFieldDescriptorAttribute
{
    private int? defaultPageSize;
    private int? maxPageSize;
    private bool? includeTotalCount;
    private bool? allowBackwardPagination;
    private bool? requirePagingBoundaries;
    private bool? includeNodesField;

    /// <param name="nodeType">The item type when it cannot be read from the return type: a CLR class or a type class.</param>
    /// <param name="order">Filled in by the compiler: the attribute's line, which orders the field's middleware.</param>
    public UsePagingAttribute(Type? nodeType = null, [CallerLineNumber] int order = 0)
        : base(order) => NodeType = nodeType;

    public Type? NodeType { get; }

    /// <summary>The connection's base name (<c>"Book"</c> → <c>BookConnection</c>) instead of the field's.</summary>
    public string? ConnectionName { get; set; }

    public int DefaultPageSize { get => defaultPageSize ?? 0; set => defaultPageSize = value; }

    public int MaxPageSize { get => maxPageSize ?? 0; set => maxPageSize = value; }

    public bool IncludeTotalCount { get => includeTotalCount ?? false; set => includeTotalCount = value; }

    public bool AllowBackwardPagination { get => allowBackwardPagination ?? false; set => allowBackwardPagination = value; }

    public bool RequirePagingBoundaries { get => requirePagingBoundaries ?? false; set => requirePagingBoundaries = value; }

    public bool IncludeNodesField { get => includeNodesField ?? false; set => includeNodesField = value; }

    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(member);
        var options = PagingOptionsResolver.Global(context.Services);
        options.DefaultPageSize = defaultPageSize ?? options.DefaultPageSize;
        options.MaxPageSize = maxPageSize ?? options.MaxPageSize;
        options.IncludeTotalCount = includeTotalCount ?? options.IncludeTotalCount;
        options.AllowBackwardPagination = allowBackwardPagination ?? options.AllowBackwardPagination;
        options.RequirePagingBoundaries = requirePagingBoundaries ?? options.RequirePagingBoundaries;
        options.IncludeNodesField = includeNodesField ?? options.IncludeNodesField;

        var elementType = PagedElementType.Of(member)
            ?? throw new InvalidOperationException($"[UsePaging] on {member.DeclaringType?.Name}.{member.Name} needs a member that returns IQueryable<T> or IEnumerable<T>.");
        var baseName = ConnectionName ?? (options.InferConnectionNameFromField ? PagingTypeNames.BaseName(member) : PagedElementType.GraphQLName(NodeType ?? elementType));
        descriptor.UseCursorPaging(context, elementType, new NodeTypeReference(NodeType ?? elementType), baseName, options);
    }
}
