using System.Linq.Expressions;
using System.Reflection;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Data.Sorting;

/// <summary>
/// The field middleware of <c>[UseSorting]</c>: after the resolver, <c>OrderBy</c>/<c>ThenBy</c> per
/// key of the <c>order</c> argument; an EF query stays a query (ORDER BY in SQL).
/// </summary>
public static class SortingMiddleware
{
    private static readonly MethodInfo CreateTypedMethod =
        typeof(SortingMiddleware).GetMethod(nameof(CreateTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static FieldMiddleware Create(Type entityType, string argumentName, SortInputType sortType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return (FieldMiddleware)CreateTypedMethod.MakeGenericMethod(entityType).Invoke(null, [argumentName, sortType])!;
    }

    /// <summary>Orders <paramref name="source"/> as <paramref name="literal"/> asks (the middleware's work, callable without an executor).</summary>
    public static object? Apply<T>(object? source, SortInputType sortType, IValueNode literal)
    {
        var keys = SortVisitor.Visit<T>(sortType, literal);
        if (keys.Count == 0)
        {
            return source;
        }

        var query = source switch
        {
            IQueryable<T> queryable => queryable,
            IEnumerable<T> sequence => sequence.AsQueryable(),
            _ => null,
        };
        if (query is null)
        {
            return source;
        }

        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var method = (i == 0, keys[i].Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var selector = keys[i].Selector;
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), selector.ReturnType], expression, Expression.Quote(selector));
        }

        var ordered = query.Provider.CreateQuery<T>(expression);
        return source is IQueryable<T> ? ordered : ordered.AsEnumerable();
    }

    private static FieldMiddleware CreateTyped<T>(string argumentName, SortInputType sortType) =>
        next => async context =>
        {
            await next(context).ConfigureAwait(false);
            var literal = context.ArgumentLiteral<IValueNode>(argumentName);
            if (literal is ListValueNode or ObjectValueNode && context.Result is not null)
            {
                context.Result = Apply<T>(context.Result, sortType, literal);
            }
        };
}
