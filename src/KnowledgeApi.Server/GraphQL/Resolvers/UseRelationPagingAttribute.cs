using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// <c>[UsePaging]</c> for a relation whose resolver builds its page itself, through a loader that
/// pages every parent of a list in one statement: the same arguments, argument checks and
/// connection type (<c>quotations</c> → <c>QuotationsConnection</c>, shared with the root field)
/// as <c>[UsePaging]</c>, while the resolver's <see cref="Connection"/> passes through unchanged.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UseRelationPagingAttribute(Type nodeType, [CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public Type NodeType { get; } = nodeType;

    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        descriptor.UseResolvedConnection(context, NodeType, BaseName(member.Name));
    }

    /// <summary>The connection's base name as <c>[UsePaging]</c> infers it from the field: <c>GetQuotationsAsync</c> → <c>Quotations</c>.</summary>
    private static string BaseName(string memberName)
    {
        var name = memberName.StartsWith("Get", StringComparison.Ordinal) ? memberName[3..] : memberName;
        return name.EndsWith("Async", StringComparison.Ordinal) ? name[..^5] : name;
    }
}
