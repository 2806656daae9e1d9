using System.Reflection;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data;

/// <summary>
/// Checks at schema build that a field's data middleware is written in Hot Chocolate's order,
/// <c>[UsePaging] &gt; [UseProjection] &gt; [UseFiltering] &gt; [UseSorting]</c>. Every data
/// attribute calls <see cref="Register"/> while it configures its field; attributes run in
/// source order, so a kind that belongs further out arriving after an inner one is the mistake
/// HC reports as <c>HC0050</c>.
/// </summary>
public static class DataMiddlewareOrder
{
    /// <summary>The error code Hot Chocolate gives a wrong middleware order.</summary>
    public const string ErrorCode = "HC0050";

    private const string ContextKey = "KnowledgeApi.GraphQL.Data.MiddlewareOrder";

    /// <summary>
    /// Records that <paramref name="kind"/> was added to the field of <paramref name="member"/>.
    /// Throws <see cref="InvalidOperationException"/> (which the schema build reports as a schema
    /// error) when the order is wrong or the same kind is used twice.
    /// </summary>
    public static void Register(IDescriptorContext context, MemberInfo member, DataMiddlewareKind kind)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(member);
        if (context.ContextData.TryGetValue(ContextKey, out var stored) is false || stored is not Dictionary<MemberInfo, List<DataMiddlewareKind>> byMember)
        {
            byMember = [];
            context.ContextData[ContextKey] = byMember;
        }

        if (!byMember.TryGetValue(member, out var kinds))
        {
            kinds = [];
            byMember[member] = kinds;
        }

        var coordinate = $"{member.DeclaringType?.Name}.{member.Name}";
        if (kinds.Contains(kind))
        {
            throw new InvalidOperationException($"{ErrorCode}: {coordinate} uses [Use{kind}] twice; a field takes each data middleware once.");
        }

        if (kinds.Count > 0 && kinds[^1] > kind)
        {
            throw new InvalidOperationException(
                $"{ErrorCode}: the data middleware of {coordinate} is in the wrong order: [Use{kind}] is written after [Use{kinds[^1]}]. "
                + "Write them outermost first: [UsePaging], [UseProjection], [UseFiltering], [UseSorting].");
        }

        kinds.Add(kind);
    }
}
