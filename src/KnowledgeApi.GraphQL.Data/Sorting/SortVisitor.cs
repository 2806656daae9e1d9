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
    /// <summary>
    /// The keys of <paramref name="literal"/>. <paramref name="inMemory"/> guards nested paths, so a
    /// missing reference sorts as null instead of throwing (SQL's LEFT JOIN does that by itself).
    /// </summary>
    public static IReadOnlyList<SortKey> Visit<T>(SortInputType sortType, IValueNode literal, bool inMemory = false)
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
            VisitObject(sortType, item, row, new Path(row, [], inMemory), keys);
        }

        return keys;
    }

    private static void VisitObject(SortInputType sortType, ObjectValueNode node, Expression instance, Path path, List<SortKey> keys)
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
                    keys.Add(new SortKey(Expression.Lambda(path.Guard(member), path.Row), direction.Value == "DESC"));
                    break;
                case ObjectValueNode nested when sortField.Nested is { } nestedType:
                    VisitObject(nestedType, nested, member, path with { References = [.. path.References, member] }, keys);
                    break;
            }
        }
    }

    // The row parameter and the references walked to reach a nested field.
    private sealed record Path(ParameterExpression Row, IReadOnlyList<Expression> References, bool InMemory)
    {
        public Expression Guard(Expression member)
        {
            if (!InMemory || References.Count == 0)
            {
                return member;
            }

            var type = member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null
                ? typeof(Nullable<>).MakeGenericType(member.Type)
                : member.Type;
            var missing = References.Select(r => (Expression)Expression.Equal(r, Expression.Constant(null, r.Type))).Aggregate(Expression.OrElse);
            return Expression.Condition(missing, Expression.Constant(null, type), Expression.Convert(member, type));
        }
    }
}
