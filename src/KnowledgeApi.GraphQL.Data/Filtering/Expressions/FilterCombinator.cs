using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// Joins predicates: the fields of one filter object and the items of <c>and</c> with AND, the
/// items of <c>or</c> with OR. Missing parts (an empty object) add nothing; null means "no predicate".
/// </summary>
public static class FilterCombinator
{
    public static Expression? And(IEnumerable<Expression?> parts) => Combine(parts, Expression.AndAlso);

    public static Expression? Or(IEnumerable<Expression?> parts) => Combine(parts, Expression.OrElse);

    private static Expression? Combine(IEnumerable<Expression?> parts, Func<Expression, Expression, BinaryExpression> join)
    {
        Expression? combined = null;
        foreach (var part in parts)
        {
            if (part is not null)
            {
                combined = combined is null ? part : join(combined, part);
            }
        }

        return combined;
    }
}
