using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// <c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations. A null column never
/// matches the positive form, so it matches the negated one (<c>ncontains</c> keeps NULL rows).
/// </summary>
public sealed class StringOperationHandler(string operation, StringOperation kind, bool negate) : IFilterOperationHandler
{
    public string Operation { get; } = operation;

    public Expression Build(FilterOperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = (string)context.RequiredValue();
        var test = kind switch
        {
            StringOperation.Contains => FilterExpressionBuilder.Contains(context.Member, value),
            StringOperation.StartsWith => FilterExpressionBuilder.StartsWith(context.Member, value, context.InMemory),
            _ => FilterExpressionBuilder.EndsWith(context.Member, value, context.InMemory),
        };
        return negate ? Expression.Not(test) : test;
    }
}

/// <summary>The substring tests of <see cref="StringOperationHandler"/>.</summary>
public enum StringOperation
{
    Contains,
    StartsWith,
    EndsWith,
}
