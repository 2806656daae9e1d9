using System.Linq.Expressions;
using System.Reflection;

namespace KnowledgeApi.GraphQL.Data.Paging.Keyset;

/// <summary>
/// Builds the WHERE clause that starts a page after a cursor row: for keys k1..kn with cursor
/// values v1..vn, <c>(k1 after v1) OR (k1 = v1 AND k2 after v2) OR ...</c>. "After" follows each
/// key's direction and where the database sorts NULL, so mixed ASC/DESC orders over nullable
/// columns seek exactly where the ORDER BY would continue. Cursor values enter through closures,
/// so EF Core sends them as SQL parameters and reuses one plan for every page.
/// </summary>
internal static class SeekPredicateBuilder
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>Rows that come after the cursor row in the order of <paramref name="keys"/>.</summary>
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<KeysetKey> keys, IReadOnlyList<object?> values, NullOrdering nulls)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(AfterBody(parameter, keys, values, nulls), parameter);
    }

    /// <summary>
    /// The rows after the cursor as two index ranges read one after the other, when the cursor sits
    /// in the block of NULLs that precedes the leading key's values: first <c>k1 IS NULL AND (rest after
    /// the cursor)</c>, then every <c>k1 IS NOT NULL</c>. As one OR the database cannot seek into the
    /// NULL block and reads it from its start; split, each part is a range of the order's index.
    /// Null when the split does not apply (the plain <see cref="After{T}"/> predicate already seeks).
    /// </summary>
    public static SplitSeek<T>? SplitAfter<T>(IReadOnlyList<KeysetKey> keys, IReadOnlyList<object?> values, NullOrdering nulls)
    {
        var nullsAfterValues = keys[0].Descending == (nulls == NullOrdering.NullsFirst);
        if (keys.Count < 2 || values[0] is not null || nullsAfterValues)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        var leading = keys[0].BodyFor(parameter);
        var isNull = Expression.Equal(leading, Expression.Constant(null, leading.Type));
        var rest = AfterBody(parameter, keys.Skip(1).ToList(), values.Skip(1).ToList(), nulls);
        return new SplitSeek<T>(
            Expression.Lambda<Func<T, bool>>(Expression.AndAlso(isNull, rest), parameter),
            Expression.Lambda<Func<T, bool>>(Expression.NotEqual(leading, Expression.Constant(null, leading.Type)), parameter));
    }

    /// <summary><see cref="SplitAfter{T}"/> for <c>before</c>: the split in the reversed order.</summary>
    public static SplitSeek<T>? SplitBefore<T>(IReadOnlyList<KeysetKey> keys, IReadOnlyList<object?> values, NullOrdering nulls) =>
        SplitAfter<T>([.. keys.Select(k => k.Reversed())], values, nulls);

    private static Expression AfterBody(ParameterExpression parameter, IReadOnlyList<KeysetKey> keys, IReadOnlyList<object?> values, NullOrdering nulls)
    {
        Expression? predicate = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i].BodyFor(parameter);
            var beyond = Beyond(key, values[i], keys[i].Descending, nulls);
            if (beyond is not null)
            {
                var term = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
                predicate = predicate is null ? term : Expression.OrElse(predicate, term);
            }

            var equal = EqualTo(key, values[i]);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        if (predicate is not null && keys.Count > 1 && LeadingBound(keys[0].BodyFor(parameter), values[0], keys[0].Descending, nulls) is { } bound)
        {
            // Implied by the OR chain, but a plain range on the first key lets the database seek
            // its index to the cursor instead of filtering every row before it (page 1,000 then
            // costs what page 1 costs).
            predicate = Expression.AndAlso(bound, predicate);
        }

        return predicate ?? Expression.Constant(false);
    }

    /// <summary>Rows that come before the cursor row: "after" in the reversed order.</summary>
    public static Expression<Func<T, bool>> Before<T>(IReadOnlyList<KeysetKey> keys, IReadOnlyList<object?> values, NullOrdering nulls) =>
        After<T>([.. keys.Select(k => k.Reversed())], values, nulls);

    /// <summary>The key strictly beyond the value in the key's direction; null when nothing can be.</summary>
    private static BinaryExpression? Beyond(Expression key, object? value, bool descending, NullOrdering nulls)
    {
        // Whether NULL comes after every value in this direction.
        var nullsAfterValues = descending == (nulls == NullOrdering.NullsFirst);
        if (value is null)
        {
            return nullsAfterValues ? null : Expression.NotEqual(key, Expression.Constant(null, key.Type));
        }

        var compared = Compare(key, value, descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        if (!CanBeNull(key) || !nullsAfterValues)
        {
            return compared;
        }

        var isNull = Expression.Equal(key, Expression.Constant(null, key.Type));
        return compared is null ? isNull : Expression.OrElse(compared, isNull);
    }

    /// <summary>The first key at or beyond the cursor value: <c>k1 &gt;= v1</c> (with NULL where NULL sorts after values); null when no range helps.</summary>
    private static BinaryExpression? LeadingBound(Expression key, object? value, bool descending, NullOrdering nulls)
    {
        if (value is null || value is bool)
        {
            return null;
        }

        var atOrBeyond = Compare(key, value, descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);
        var nullsAfterValues = descending == (nulls == NullOrdering.NullsFirst);
        return atOrBeyond is not null && CanBeNull(key) && nullsAfterValues
            ? Expression.OrElse(atOrBeyond, Expression.Equal(key, Expression.Constant(null, key.Type)))
            : atOrBeyond;
    }

    private static BinaryExpression EqualTo(Expression key, object? value) =>
        value is null
            ? Expression.Equal(key, Expression.Constant(null, key.Type))
            : Expression.Equal(key, Parameter(value, key.Type));

    private static BinaryExpression? Compare(Expression key, object value, ExpressionType comparison)
    {
        var type = Nullable.GetUnderlyingType(key.Type) ?? key.Type;
        if (type == typeof(string))
        {
            // EF Core turns string.Compare(a, b) > 0 into a > b; in memory it agrees with OrderBy's comparer.
            var call = Expression.Call(StringCompare, key, Parameter(value, typeof(string)));
            return Expression.MakeBinary(comparison, call, Expression.Constant(0));
        }

        if (type == typeof(bool))
        {
            // false < true: only one value lies beyond each end, and none beyond the last.
            var beyondValue = comparison is ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual;
            return (bool)value == beyondValue ? null : Expression.Equal(key, Expression.Constant(beyondValue, key.Type));
        }

        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            var target = key.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            return Expression.MakeBinary(comparison, Expression.Convert(key, target), Expression.Convert(Parameter(value, key.Type), target));
        }

        if (HasComparisonOperator(type))
        {
            return Expression.MakeBinary(comparison, key, Parameter(value, key.Type));
        }

        // Types without operators (Guid...): CompareTo, which EF Core also turns into a comparison.
        var instance = key.Type == type ? key : Expression.Property(key, nameof(Nullable<int>.Value));
        var compareTo = type.GetMethod(nameof(IComparable.CompareTo), [type])
            ?? throw new NotSupportedException($"Cannot seek on a sort key of type {type.Name}.");
        var comparisonCall = Expression.MakeBinary(comparison, Expression.Call(instance, compareTo, Parameter(value, type)), Expression.Constant(0));
        return key.Type == type ? comparisonCall : Expression.AndAlso(Expression.NotEqual(key, Expression.Constant(null, key.Type)), comparisonCall);
    }

    private static bool HasComparisonOperator(Type type) =>
        type.IsPrimitive || type == typeof(decimal) || type.GetMethod("op_GreaterThan", [type, type]) is not null;

    private static bool CanBeNull(Expression key) => !key.Type.IsValueType || Nullable.GetUnderlyingType(key.Type) is not null;

    /// <summary>The value read from a closure object, which EF Core sends as a parameter.</summary>
    private static Expression Parameter(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(SeekValue<>).MakeGenericType(value.GetType()), value)!;
        Expression read = Expression.Property(Expression.Constant(holder), nameof(SeekValue<int>.Value));
        return read.Type == type ? read : Expression.Convert(read, type);
    }
}

/// <summary>The rows after a cursor as two consecutive ranges: all of <see cref="First"/> come before all of <see cref="Then"/>.</summary>
internal sealed record SplitSeek<T>(Expression<Func<T, bool>> First, Expression<Func<T, bool>> Then);

/// <summary>A closure cell for one cursor value; EF Core turns member reads of constants into parameters.</summary>
internal sealed class SeekValue<T>(T value)
{
    public T Value { get; } = value;
}
