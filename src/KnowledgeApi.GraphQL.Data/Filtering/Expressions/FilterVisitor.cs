using System.Linq.Expressions;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// Walks a <c>where</c> literal (variables already substituted) along its filter types and
/// produces one predicate: property fields become member accesses, operation fields go to their
/// <see cref="IFilterOperationHandler"/>, list fields become <c>Any</c>/<c>All</c> over a nested
/// lambda, and <see cref="FilterCombinator"/> joins the parts.
/// </summary>
public sealed class FilterVisitor
{
    private readonly bool inMemory;
    private readonly IGlobalIdSerializer? globalIds;

    private FilterVisitor(bool inMemory, IGlobalIdSerializer? globalIds)
    {
        this.inMemory = inMemory;
        this.globalIds = globalIds;
    }

    /// <summary>
    /// The predicate for <paramref name="literal"/>; null when it asks for nothing (<c>null</c>,
    /// <c>{}</c>). <paramref name="inMemory"/> adds the null guards and ordinal comparisons
    /// LINQ-to-objects needs, which a database query does not. With <paramref name="globalIds"/>, the
    /// values compared with <c>[ID]</c> members are global IDs and are decoded first.
    /// </summary>
    public static Expression<Func<T, bool>>? Build<T>(FilterInputType filterType, IValueNode literal, bool inMemory = false, IGlobalIdSerializer? globalIds = null)
    {
        ArgumentNullException.ThrowIfNull(filterType);
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not ObjectValueNode where)
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "x");
        var body = new FilterVisitor(inMemory, globalIds).VisitObject(filterType, where, row);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, row);
    }

    private Expression? VisitObject(FilterInputType filterType, ObjectValueNode node, Expression instance)
    {
        var parts = new List<Expression?>(node.Fields.Count);
        foreach (var field in node.Fields)
        {
            switch (field.Name.Value)
            {
                case FilterOperations.And:
                    parts.Add(FilterCombinator.And(Objects(field.Value).Select(item => VisitObject(filterType, item, instance))));
                    break;
                case FilterOperations.Or:
                    parts.Add(FilterCombinator.Or(Objects(field.Value).Select(item => VisitObject(filterType, item, instance))));
                    break;
                default:
                    if (filterType.FilterFields.TryGetValue(field.Name.Value, out var filterField) && field.Value is ObjectValueNode value)
                    {
                        parts.Add(VisitField(filterField, value, instance));
                    }

                    // UNCONFIRMED in HC: `title: null` asks for nothing here, like `where: null`.
                    break;
            }
        }

        return FilterCombinator.And(parts);
    }

    private Expression? VisitField(FilterField field, ObjectValueNode value, Expression instance)
    {
        var predicate = VisitFieldValue(field, value, instance);
        return predicate is not null && field.Expression is { } computed && ComputedFilterExpression.TypeGuard(computed, instance) is { } guard
            ? Expression.AndAlso(guard, predicate)
            : predicate;
    }

    private Expression? VisitFieldValue(FilterField field, ObjectValueNode value, Expression instance)
    {
        var member = field.Expression is { } computed
            ? ComputedFilterExpression.Inline(computed, instance)
            : Expression.Property(instance, field.Property);
        switch (field.FilterType)
        {
            case OperationFilterInputType operations:
                return VisitOperations(operations, value, member, field.ConfiguredId);
            case FilterInputType nested:
                var inner = VisitObject(nested, value, member);

                // In memory a missing reference must not throw; SQL's LEFT JOIN yields NULL columns by itself.
                return inner is not null && inMemory ? FilterExpressionBuilder.NotNullAnd(member, inner) : inner;
            case ListFilterInputType list:
                return VisitList(list, value, member);
            default:
                return null;
        }
    }

    private Expression? VisitOperations(OperationFilterInputType filterType, ObjectValueNode node, Expression member, IDAttribute? configuredId = null)
    {
        var parts = new List<Expression?>(node.Fields.Count);
        foreach (var field in node.Fields)
        {
            var name = field.Name.Value;
            if (name is FilterOperations.And or FilterOperations.Or)
            {
                var items = Objects(field.Value).Select(item => VisitOperations(filterType, item, member, configuredId));
                parts.Add(name == FilterOperations.And ? FilterCombinator.And(items) : FilterCombinator.Or(items));
            }
            else if (FilterOperationHandlers.Find(name) is { } handler && filterType.Fields.TryGetField(name, out var definition))
            {
                parts.Add(handler.Build(new FilterOperationContext(filterType, definition, field.Value, member, inMemory) { GlobalIds = globalIds, ConfiguredId = configuredId }));
            }
        }

        return FilterCombinator.And(parts);
    }

    private Expression? VisitList(ListFilterInputType filterType, ObjectValueNode node, Expression list)
    {
        var parts = new List<Expression?>(node.Fields.Count);
        foreach (var field in node.Fields)
        {
            var name = field.Name.Value;
            if (field.Value is NullValueNode && filterType.Fields.TryGetField(name, out var definition))
            {
                throw FilterErrors.NullNotSupported(name, filterType, definition.Type);
            }

            if (name == FilterOperations.Any)
            {
                var any = FilterExpressionBuilder.Any(list, filterType.ElementType, predicate: null);
                parts.Add(field.Value is BooleanValueNode { Value: false } ? Expression.Not(any) : any);
                continue;
            }

            if (field.Value is not ObjectValueNode elementFilter)
            {
                continue;
            }

            var element = Expression.Parameter(filterType.ElementType, "e");
            var body = filterType.ElementFilterType switch
            {
                OperationFilterInputType operations => VisitOperations(operations, elementFilter, element),
                FilterInputType objects => VisitObject(objects, elementFilter, element),
                _ => null,
            };
            var predicate = body is null ? null : Expression.Lambda(body, element);
            parts.Add(name switch
            {
                FilterOperations.Some => FilterExpressionBuilder.Any(list, filterType.ElementType, predicate),
                FilterOperations.None => Expression.Not(FilterExpressionBuilder.Any(list, filterType.ElementType, predicate)),
                FilterOperations.All when predicate is not null => FilterExpressionBuilder.All(list, filterType.ElementType, predicate),
                _ => null,
            });
        }

        var combined = FilterCombinator.And(parts);
        return combined is not null && inMemory ? FilterExpressionBuilder.NotNullAnd(list, combined) : combined;
    }

    // `and: {...}` is a list of one under GraphQL's input coercion; null items ask for nothing.
    private static IEnumerable<ObjectValueNode> Objects(IValueNode value) => value switch
    {
        ObjectValueNode single => [single],
        ListValueNode list => list.Items.OfType<ObjectValueNode>(),
        _ => [],
    };
}
