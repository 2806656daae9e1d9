using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary><c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c> and the negations <c>ngt</c>... (<c>NOT (x &gt; @p)</c>, which keeps NULL rows).</summary>
public sealed class ComparisonOperationHandler(string operation, ExpressionType comparison, bool negate) : IFilterOperationHandler
{
    public string Operation { get; } = operation;

    public Expression Build(FilterOperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var test = FilterExpressionBuilder.Compare(comparison, context.Member, context.RequiredValue());
        return negate ? Expression.Not(test) : test;
    }
}
