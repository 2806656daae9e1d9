using System.Linq.Expressions;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Data.Sorting;

/// <summary>One ordering key: the selector (<c>x =&gt; x.Author.Name</c>) and its direction.</summary>
public sealed record SortKey(LambdaExpression Selector, bool Descending);

/// <summary>
/// Walks an <c>order</c> literal into ordering keys: list items in order (first = primary key),
/// within an item its fields in document order, nested inputs becoming member paths.
/// </summary>
public static class SortVisitor
{
    public static IReadOnlyList<SortKey> Visit<T>(SortInputType sortType, IValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(sortType);
        ArgumentNullException.ThrowIfNull(literal);
        var keys = new List<SortKey>();
        var row = Expression.Parameter(typeof(T), "x");
        IEnumerable<IValueNode> items = literal switch
        {
            ListValueNode list => list.Items,
            ObjectValueNode single => [single], // a single object is a list of one under input coercion
            _ => [],
        };
        foreach (var item in items.OfType<ObjectValueNode>())
        {
            VisitObject(sortType, item, row, row, keys);
        }

        return keys;
    }

    private static void VisitObject(SortInputType sortType, ObjectValueNode node, Expression instance, ParameterExpression row, List<SortKey> keys)
    {
        foreach (var field in node.Fields)
        {
            if (!sortType.SortFields.TryGetValue(field.Name.Value, out var sortField))
            {
                continue;
            }

            var member = Expression.Property(instance, sortField.Property);
            switch (field.Value)
            {
                case EnumValueNode direction when sortField.Nested is null:
                    keys.Add(new SortKey(Expression.Lambda(member, row), direction.Value == "DESC"));
                    break;
                case ObjectValueNode nested when sortField.Nested is { } nestedType:
                    VisitObject(nestedType, nested, member, row, keys);
                    break;
            }
        }
    }
}
