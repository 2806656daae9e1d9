using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary><c>in</c> / <c>nin</c>: membership in a list sent as one parameter; the list itself cannot be null.</summary>
public sealed class InOperationHandler(string operation, bool negate) : IFilterOperationHandler
{
    public string Operation { get; } = operation;

    public Expression Build(FilterOperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var contains = FilterExpressionBuilder.In(context.Member, context.RequiredList());
        return negate ? Expression.Not(contains) : contains;
    }
}
