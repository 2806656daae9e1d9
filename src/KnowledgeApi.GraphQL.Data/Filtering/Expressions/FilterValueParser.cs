using System.Globalization;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// Reads an operation's literal with the operation field's own GraphQL type (so <c>DateTime</c>,
/// <c>UUID</c>, enums parse exactly as everywhere else) and converts it to the CLR type of the
/// property it is compared with.
/// </summary>
public static class FilterValueParser
{
    /// <summary>One value (null stays null).</summary>
    public static object? Parse(IType fieldType, IValueNode literal, Type target)
    {
        ArgumentNullException.ThrowIfNull(fieldType);
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(target);
        if (literal is NullValueNode)
        {
            return null;
        }

        var named = fieldType.NamedType();
        try
        {
            var value = named switch
            {
                ScalarType scalar => scalar.ParseLiteral(literal),
                EnumType enumType => enumType.ParseLiteral(literal),
                _ => throw new FilterException($"The filter value of type {named.Name} is not a scalar or enum."),
            };
            return ConvertTo(value, target);
        }
        catch (Exception error) when (error is LeafCoercionException or FormatException or OverflowException or InvalidCastException)
        {
            throw new FilterException($"The filter value {literal} cannot be used as {named.Name}: {error.Message}");
        }
    }

    /// <summary>The items of a list literal; a single value counts as a list of one (GraphQL input coercion).</summary>
    public static IReadOnlyList<object?> ParseList(IType fieldType, IValueNode literal, Type target)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is ListValueNode list
            ? [.. list.Items.Select(item => Parse(fieldType, item, target))]
            : [Parse(fieldType, literal, target)];
    }

    private static object? ConvertTo(object? value, Type target)
    {
        if (value is null)
        {
            return null;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value))
        {
            return value;
        }

        // The DateTime scalar parses to DateTimeOffset; a DateTime column is compared with the
        // instant in UTC, the conversion Hot Chocolate's type converter makes.
        if (value is DateTimeOffset instant && underlying == typeof(DateTime))
        {
            return instant.UtcDateTime;
        }

        if (underlying.IsEnum)
        {
            return Enum.ToObject(underlying, value);
        }

        if (underlying == typeof(Guid) && value is string text)
        {
            return Guid.Parse(text, CultureInfo.InvariantCulture);
        }

        return Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
    }
}
