using System.Collections;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// Turns a CLR default value into a literal of the argument's type, the way graphql-js's
/// <c>astFromValue</c> does, so SDL and introspection print it.
/// </summary>
internal static class DefaultValues
{
    public static IValueNode ToLiteral(object? value, IType type)
    {
        if (value is null)
        {
            return new NullValueNode(null);
        }

        switch (type)
        {
            case NonNullType nonNull:
                return ToLiteral(value, nonNull.InnerType);
            case ListType list when value is IEnumerable items and not string:
                return new ListValueNode(null, [.. items.Cast<object?>().Select(item => ToLiteral(item, list.ElementType))]);
            case ListType list:
                return ToLiteral(value, list.ElementType);
            case ScalarType scalar:
                return scalar.ToLiteral(value);
            case EnumType enumType:
                // Reflection hands a Nullable<TEnum> parameter's default over as the underlying number.
                if (enumType.RuntimeType is { IsEnum: true } enumClr && value.GetType() != enumClr && value is IConvertible)
                {
                    value = Enum.ToObject(enumClr, value);
                }

                return enumType.TryGetValueByRuntimeValue(value, out var enumValue)
                    ? new EnumValueNode(null, enumValue.Name)
                    : throw new LeafCoercionException($"{value} is not a value of the enum {enumType.Name}.");
            case InputObjectType input:
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (field.Property is { } property)
                    {
                        fields.Add(new ObjectFieldNode(null, new NameNode(null, field.Name), ToLiteral(property.GetValue(value), field.Type)));
                    }
                }

                return new ObjectValueNode(null, fields);
            default:
                throw new LeafCoercionException($"A default value cannot be written for the type {type.Print()}.");
        }
    }
}
