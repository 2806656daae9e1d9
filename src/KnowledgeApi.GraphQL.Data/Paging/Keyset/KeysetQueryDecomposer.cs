using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.GraphQL.Data.Paging.Keyset;

/// <summary>
/// Takes a query apart for keyset paging. The data middleware wraps the resolver outside in
/// (paging &gt; projection &gt; filtering &gt; sorting), so on the way out the query reads
/// <c>source.OrderBy(..).ThenBy(..).Where(..).Select(..)</c>: the order sits below the filters and
/// the projection. Sorting stays independent of paging because paging reads the order back from
/// the expression instead of being told it.
/// </summary>
internal static class KeysetQueryDecomposer
{
    public static KeysetQuery<T> Decompose<T>(IQueryable<T> query, IReadOnlyList<string> fallbackKeyMembers)
    {
        var expression = query.Expression;
        Expression<Func<T, T>>? projection = null;
        if (expression is MethodCallExpression { Method.Name: nameof(Queryable.Select) } select
            && select.Method.DeclaringType == typeof(Queryable)
            && Unquote(select.Arguments[1]) is Expression<Func<T, T>> selector)
        {
            projection = selector;
            expression = select.Arguments[0];
        }

        // Walk down through order-neutral calls (Where, AsNoTracking, Include...) to the order.
        var passedThrough = new Stack<MethodCallExpression>();
        var current = expression;
        while (current is MethodCallExpression call && IsOrderNeutral(call))
        {
            passedThrough.Push(call);
            current = call.Arguments[0];
        }

        var keys = new List<KeysetKey>();
        while (current is MethodCallExpression call && OrderingDirection(call) is { } direction)
        {
            keys.Insert(0, new KeysetKey(Unquote(call.Arguments[1]), direction.Descending));
            current = call.Arguments[0];
            if (!direction.IsThenBy)
            {
                break;
            }
        }

        if (keys.Count == 0)
        {
            current = expression;
            passedThrough.Clear();
        }

        // Put the order-neutral calls back on the unordered source.
        while (passedThrough.TryPop(out var call))
        {
            current = call.Update(call.Object, [current, .. call.Arguments.Skip(1)]);
        }

        foreach (var keyMember in PrimaryKeyFinder.Find(expression, typeof(T), fallbackKeyMembers))
        {
            var key = new KeysetKey(keyMember, Descending: false);
            if (keys.TrueForAll(k => k.Path != key.Path))
            {
                keys.Add(key);
            }
        }

        return new KeysetQuery<T>(query.Provider.CreateQuery<T>(current), keys, projection);
    }

    private static LambdaExpression Unquote(Expression expression) => expression switch
    {
        UnaryExpression { NodeType: ExpressionType.Quote } quote => (LambdaExpression)quote.Operand,
        LambdaExpression lambda => lambda,
        _ => throw new NotSupportedException($"Expected a lambda in the query, found {expression.NodeType}."),
    };

    private static (bool Descending, bool IsThenBy)? OrderingDirection(MethodCallExpression call)
    {
        if (call.Method.DeclaringType != typeof(Queryable) || call.Arguments.Count != 2)
        {
            return null;
        }

        return call.Method.Name switch
        {
            nameof(Queryable.OrderBy) => (false, false),
            nameof(Queryable.OrderByDescending) => (true, false),
            nameof(Queryable.ThenBy) => (false, true),
            nameof(Queryable.ThenByDescending) => (true, true),
            _ => null,
        };
    }

    /// <summary>Calls that keep the element type and do not depend on the order beneath them.</summary>
    private static bool IsOrderNeutral(MethodCallExpression call)
    {
        if (call.Arguments.Count == 0 || call.Method.ReturnType.GetGenericArguments() is not [var element] || element != ElementType(call.Arguments[0].Type))
        {
            return false;
        }

        return (call.Method.DeclaringType == typeof(Queryable) && call.Method.Name == nameof(Queryable.Where) && call.Arguments.Count == 2)
            || (call.Method.DeclaringType == typeof(EntityFrameworkQueryableExtensions) && IsEfOrderNeutral(call.Method));
    }

    private static bool IsEfOrderNeutral(MethodInfo method) => method.Name is
        nameof(EntityFrameworkQueryableExtensions.AsNoTracking)
        or nameof(EntityFrameworkQueryableExtensions.AsTracking)
        or nameof(EntityFrameworkQueryableExtensions.AsNoTrackingWithIdentityResolution)
        or nameof(EntityFrameworkQueryableExtensions.Include)
        or nameof(EntityFrameworkQueryableExtensions.ThenInclude)
        or nameof(EntityFrameworkQueryableExtensions.IgnoreQueryFilters)
        or nameof(EntityFrameworkQueryableExtensions.TagWith);

    private static Type? ElementType(Type sequence) =>
        sequence.IsGenericType && sequence.GetGenericArguments() is [var single] ? single
        : sequence.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryable<>))?.GetGenericArguments()[0];
}
