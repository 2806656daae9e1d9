using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.GraphQL.Types.Building;

namespace KnowledgeApi.GraphQL.Execution.Coercion;

/// <summary>
/// Converts a coerced input value to the CLR type a resolver asks for: input objects become their
/// bound class or record (nested ones too), lists become arrays or lists, leaves go through
/// <see cref="InputValueConverter"/>. A caller asking for a dictionary or <c>object</c> gets the
/// coerced value as it is.
/// </summary>
internal static class ClrValueConverter
{
    public static object? Convert(IType type, object? value, Type target)
    {
        if (value is null || target == typeof(object) || target.IsInstanceOfType(value) && type.NamedType() is not InputObjectType)
        {
            return value is null ? InputValueConverter.Convert(null, target) : value;
        }

        var nullable = type.NullableType();
        if (nullable is ListType list && value is List<object?> items)
        {
            var elementTarget = Types.Building.ClrTypeInspector.ElementType(Nullable.GetUnderlyingType(target) ?? target) ?? typeof(object);
            var converted = new List<object?>(items.Count);
            foreach (var item in items)
            {
                converted.Add(Convert(list.ElementType, item, elementTarget));
            }

            return InputValueConverter.Convert(converted, target);
        }

        if (nullable is InputObjectType inputObject && value is Dictionary<string, object?> fields)
        {
            if (target.IsInstanceOfType(fields))
            {
                return fields;
            }

            var clrFields = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
            foreach (var (name, fieldValue) in fields)
            {
                var field = inputObject.Fields[name];
                clrFields[name] = Convert(field.Type, fieldValue, field.RuntimeType ?? typeof(object));
            }

            return inputObject.CreateInstance(clrFields);
        }

        return InputValueConverter.Convert(value, target);
    }
}
