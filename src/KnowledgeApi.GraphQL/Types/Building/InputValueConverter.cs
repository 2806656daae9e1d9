using System.Collections;
using System.Globalization;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// Converts a coerced GraphQL input value (scalars, enum values, lists as any sequence) to the
/// CLR type a resolver parameter or input property declares: lists to arrays or <c>List&lt;T&gt;</c>,
/// numbers between numeric types.
/// </summary>
internal static class InputValueConverter
{
    public static object? Convert(object? value, Type target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (value is IEnumerable sequence and not string && ClrTypeInspector.ElementType(underlying) is { } element)
        {
            var items = sequence.Cast<object?>().Select(item => Convert(item, element)).ToList();
            if (underlying.IsArray || underlying.IsInterface)
            {
                var array = Array.CreateInstance(element, items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    array.SetValue(items[i], i);
                }

                if (underlying.IsArray || underlying.IsAssignableFrom(array.GetType()))
                {
                    return array;
                }
            }

            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in items)
            {
                list.Add(item);
            }

            return list;
        }

        if (underlying.IsEnum)
        {
            return Enum.ToObject(underlying, value);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"A value of type {value.GetType().Name} cannot be converted to {target.Name}.");
    }
}
