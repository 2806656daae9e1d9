using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>The handler of every operation in HC's default convention, by operation field name.</summary>
public static class FilterOperationHandlers
{
    private static readonly Dictionary<string, IFilterOperationHandler> ByOperation = new IFilterOperationHandler[]
    {
        new EqualsOperationHandler(FilterOperations.Equal, negate: false),
        new EqualsOperationHandler(FilterOperations.NotEqual, negate: true),
        new InOperationHandler(FilterOperations.In, negate: false),
        new InOperationHandler(FilterOperations.NotIn, negate: true),
        new StringOperationHandler(FilterOperations.Contains, StringOperation.Contains, negate: false),
        new StringOperationHandler(FilterOperations.NotContains, StringOperation.Contains, negate: true),
        new StringOperationHandler(FilterOperations.StartsWith, StringOperation.StartsWith, negate: false),
        new StringOperationHandler(FilterOperations.NotStartsWith, StringOperation.StartsWith, negate: true),
        new StringOperationHandler(FilterOperations.EndsWith, StringOperation.EndsWith, negate: false),
        new StringOperationHandler(FilterOperations.NotEndsWith, StringOperation.EndsWith, negate: true),
        new ComparisonOperationHandler(FilterOperations.GreaterThan, ExpressionType.GreaterThan, negate: false),
        new ComparisonOperationHandler(FilterOperations.NotGreaterThan, ExpressionType.GreaterThan, negate: true),
        new ComparisonOperationHandler(FilterOperations.GreaterThanOrEqual, ExpressionType.GreaterThanOrEqual, negate: false),
        new ComparisonOperationHandler(FilterOperations.NotGreaterThanOrEqual, ExpressionType.GreaterThanOrEqual, negate: true),
        new ComparisonOperationHandler(FilterOperations.LowerThan, ExpressionType.LessThan, negate: false),
        new ComparisonOperationHandler(FilterOperations.NotLowerThan, ExpressionType.LessThan, negate: true),
        new ComparisonOperationHandler(FilterOperations.LowerThanOrEqual, ExpressionType.LessThanOrEqual, negate: false),
        new ComparisonOperationHandler(FilterOperations.NotLowerThanOrEqual, ExpressionType.LessThanOrEqual, negate: true),
    }.ToDictionary(h => h.Operation, StringComparer.Ordinal);

    public static IFilterOperationHandler? Find(string operation) => ByOperation.GetValueOrDefault(operation);
}
