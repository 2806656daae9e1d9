using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary><c>eq</c> / <c>neq</c>: the only operations that take null (<c>IS NULL</c> / <c>IS NOT NULL</c>).</summary>
public sealed class EqualsOperationHandler(string operation, bool negate) : IFilterOperationHandler
{
    public string Operation { get; } = operation;

    public Expression Build(FilterOperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Value();
        return negate ? FilterExpressionBuilder.NotEqual(context.Member, value) : FilterExpressionBuilder.Equal(context.Member, value);
    }
}
