using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// The one place filter expressions are made. Every value a client sent enters the tree as a
/// member of a small closure object, never as a constant: EF Core turns such member reads into
/// SQL parameters (so the plan cache is reused and nothing is inlined into SQL), while a
/// <see cref="ConstantExpression"/> would be printed into the command text.
/// </summary>
public static class FilterExpressionBuilder
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringSubstring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly MethodInfo StringSubstringLength = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo StringStartsWithComparison = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo StringEndsWithComparison = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string), typeof(StringComparison)])!;
    private static readonly MethodInfo EnumerableContains = GenericMethod(nameof(Enumerable.Contains), 2);
    private static readonly MethodInfo EnumerableAny = GenericMethod(nameof(Enumerable.Any), 1);
    private static readonly MethodInfo EnumerableAnyPredicate = GenericMethod(nameof(Enumerable.Any), 2);
    private static readonly MethodInfo EnumerableAll = GenericMethod(nameof(Enumerable.All), 2);

    /// <summary>A read of <paramref name="value"/> through a closure, typed as <paramref name="type"/>.</summary>
    public static Expression Parameter(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var holder = Activator.CreateInstance(typeof(ValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(ValueHolder<object>.Value));
    }

    /// <summary><c>member == value</c>; a null value becomes <c>IS NULL</c>.</summary>
    public static Expression Equal(Expression member, object? value)
    {
        ArgumentNullException.ThrowIfNull(member);
        var target = value is null ? Nullable(member.Type) : member.Type;
        return Expression.Equal(Widen(member, target), Parameter(value, target));
    }

    public static Expression NotEqual(Expression member, object? value) => Expression.Not(Equal(member, value));

    /// <summary><c>values.Contains(member)</c>, which EF sends as one parameter holding the whole list.</summary>
    public static Expression In(Expression member, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(values);
        var target = values.Any(v => v is null) ? Nullable(member.Type) : member.Type;
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(target), values.Count)!;
        foreach (var value in values)
        {
            list.Add(value);
        }

        return Expression.Call(EnumerableContains.MakeGenericMethod(target), Parameter(list, list.GetType()), Widen(member, target));
    }

    /// <summary><c>member &gt; value</c> and the other comparisons; nullable members compare lifted (null is never greater).</summary>
    public static Expression Compare(ExpressionType comparison, Expression member, object value)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Expression.MakeBinary(comparison, member, Parameter(value, member.Type));
    }

    /// <summary><c>member != null &amp;&amp; member.Contains(value)</c> (ordinal: <c>instr</c> in SQLite).</summary>
    public static Expression Contains(Expression member, string value) =>
        NotNullAnd(member, Expression.Call(member, StringContains, Parameter(value, typeof(string))));

    /// <summary>
    /// <c>member != null &amp;&amp; member.StartsWith(value)</c>, ordinal and case-sensitive. EF Core
    /// sends <c>StartsWith</c> to SQLite as <c>LIKE</c>, which ignores ASCII case; comparing the
    /// prefix (<c>substr(x, 1, length(@p)) = @p</c>) keeps SQLite's binary comparison, as our
    /// string filters promise. In memory the ordinal overload does the same.
    /// </summary>
    public static Expression StartsWith(Expression member, string value, bool inMemory)
    {
        ArgumentNullException.ThrowIfNull(member);
        var parameter = Parameter(value, typeof(string));
        if (inMemory)
        {
            return NotNullAnd(member, Expression.Call(member, StringStartsWithComparison, parameter, Expression.Constant(StringComparison.Ordinal)));
        }

        var prefix = Expression.Call(member, StringSubstringLength, Expression.Constant(0), Expression.Property(parameter, nameof(string.Length)));
        return NotNullAnd(member, Expression.Equal(prefix, parameter));
    }

    /// <summary>
    /// <c>member != null &amp;&amp; member.EndsWith(value)</c>, ordinal and case-sensitive (the suffix
    /// compared with <c>=</c>, see <see cref="StartsWith"/>). A value longer than the column yields
    /// a shorter suffix, which can never be equal.
    /// </summary>
    public static Expression EndsWith(Expression member, string value, bool inMemory)
    {
        ArgumentNullException.ThrowIfNull(member);
        var parameter = Parameter(value, typeof(string));
        if (inMemory)
        {
            return NotNullAnd(member, Expression.Call(member, StringEndsWithComparison, parameter, Expression.Constant(StringComparison.Ordinal)));
        }

        var start = Expression.Subtract(Expression.Property(member, nameof(string.Length)), Expression.Property(parameter, nameof(string.Length)));
        var suffix = Expression.Call(member, StringSubstring, start);
        return NotNullAnd(member, Expression.Equal(suffix, parameter));
    }

    /// <summary><c>list.Any(element =&gt; predicate)</c>, or <c>list.Any()</c> without a predicate.</summary>
    public static Expression Any(Expression list, Type elementType, LambdaExpression? predicate)
    {
        ArgumentNullException.ThrowIfNull(list);
        return predicate is null
            ? Expression.Call(EnumerableAny.MakeGenericMethod(elementType), list)
            : Expression.Call(EnumerableAnyPredicate.MakeGenericMethod(elementType), list, predicate);
    }

    public static Expression All(Expression list, Type elementType, LambdaExpression predicate)
    {
        ArgumentNullException.ThrowIfNull(list);
        return Expression.Call(EnumerableAll.MakeGenericMethod(elementType), list, predicate);
    }

    /// <summary><c>member != null &amp;&amp; body</c>; value-type members need no guard.</summary>
    public static Expression NotNullAnd(Expression member, Expression body)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Type.IsValueType && System.Nullable.GetUnderlyingType(member.Type) is null
            ? body
            : Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), body);
    }

    private static Type Nullable(Type type) =>
        type.IsValueType && System.Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    private static Expression Widen(Expression member, Type target) => member.Type == target ? member : Expression.Convert(member, target);

    private static MethodInfo GenericMethod(string name, int parameterCount) =>
        typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.GetParameters().Length == parameterCount);

    /// <summary>The closure a value travels in (EF reads <see cref="Value"/> as a parameter).</summary>
    private sealed class ValueHolder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
