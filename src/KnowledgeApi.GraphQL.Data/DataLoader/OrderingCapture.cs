using System.Linq.Expressions;
using System.Reflection;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// Reads the <c>OrderBy</c>/<c>ThenBy</c> calls a caller wrote against <see cref="IQueryable{T}"/>
/// and replays them on a group's <see cref="IEnumerable{T}"/> inside an expression tree, which is
/// where EF Core expects a per-partition ordering.
/// </summary>
internal static class OrderingCapture
{
    private static readonly Dictionary<string, MethodInfo> EnumerableOrderings = typeof(Enumerable)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.Name is nameof(Enumerable.OrderBy) or nameof(Enumerable.OrderByDescending)
            or nameof(Enumerable.ThenBy) or nameof(Enumerable.ThenByDescending))
        .Where(m => m.GetParameters().Length == 2)
        .ToDictionary(m => m.Name);

    /// <summary>The ordering steps <paramref name="orderBy"/> applies, first step first.</summary>
    public static IReadOnlyList<(string Method, LambdaExpression KeySelector)> Capture<T>(Func<IQueryable<T>, IOrderedQueryable<T>> orderBy)
    {
        var probe = Array.Empty<T>().AsQueryable();
        var steps = new List<(string, LambdaExpression)>();
        var expression = orderBy(probe).Expression;
        while (expression is MethodCallExpression call && call.Method.DeclaringType == typeof(Queryable))
        {
            if (!EnumerableOrderings.ContainsKey(call.Method.Name) || call.Arguments.Count != 2)
            {
                throw new ArgumentException(
                    $"The ordering may only call OrderBy, OrderByDescending, ThenBy and ThenByDescending, not {call.Method.Name}.",
                    nameof(orderBy));
            }

            steps.Add((call.Method.Name, (LambdaExpression)StripQuotes(call.Arguments[1])));
            expression = call.Arguments[0];
        }

        if (expression != probe.Expression || steps.Count == 0)
        {
            throw new ArgumentException("The ordering must be OrderBy (then any ThenBy) applied to the query it is given.", nameof(orderBy));
        }

        steps.Reverse();
        return steps;
    }

    /// <summary><paramref name="source"/> ordered by <paramref name="steps"/>, as <see cref="Enumerable"/> calls.</summary>
    public static Expression Apply<T>(Expression source, IReadOnlyList<(string Method, LambdaExpression KeySelector)> steps)
    {
        foreach (var (method, keySelector) in steps)
        {
            var generic = EnumerableOrderings[method].MakeGenericMethod(typeof(T), keySelector.ReturnType);
            source = Expression.Call(generic, source, keySelector);
        }

        return source;
    }

    private static Expression StripQuotes(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression;
}
