using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Coercion;

/// <summary>
/// The specification's input coercion for values that arrive as JSON (variables): lists, input
/// objects (with defaults, required fields and <c>@oneOf</c>), enums and scalars through their own
/// <c>ParseValue</c>. Throws <see cref="InputCoercionException"/> saying what is wrong and where.
/// </summary>
internal static class ValueCoercion
{
    public static object? Coerce(IType type, object? value, string path)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            value = null;
        }

        if (type is NonNullType nonNull)
        {
            return value is null
                ? throw new InputCoercionException($"Expected a non-null value of type `{type.Print()}` at `{path}`, but found null.")
                : Coerce(nonNull.InnerType, value, path);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (AsList(value) is { } items)
                {
                    var result = new List<object?>(items.Count);
                    for (var i = 0; i < items.Count; i++)
                    {
                        result.Add(Coerce(list.ElementType, items[i], $"{path}[{i}]"));
                    }

                    return result;
                }

                // A single value where a list is expected is a list of one.
                return new List<object?> { Coerce(list.ElementType, value, path) };

            case InputObjectType inputObject:
                return CoerceObject(inputObject, value, path);

            case EnumType enumType:
                return Leaf(() => enumType.ParseValue(value), path);

            case ScalarType scalar:
                if (AsObject(value) is not null || AsList(value) is not null)
                {
                    throw new InputCoercionException($"{scalar.Name} cannot represent a list or object value (at `{path}`).");
                }

                return Leaf(() => scalar.ParseValue(value), path);

            default:
                throw new InputCoercionException($"The type `{type.Print()}` is not an input type (at `{path}`).");
        }
    }

    private static Dictionary<string, object?> CoerceObject(InputObjectType type, object value, string path)
    {
        var given = AsObject(value)
            ?? throw new InputCoercionException($"Expected an object of type `{type.Name}` at `{path}`.");
        foreach (var key in given.Keys)
        {
            if (!type.Fields.ContainsField(key))
            {
                throw new InputCoercionException($"The field `{key}` is not defined by the input type `{type.Name}` (at `{path}`).");
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldPath = $"{path}.{field.Name}";
            if (given.TryGetValue(field.Name, out var fieldValue))
            {
                result[field.Name] = Coerce(field.Type, fieldValue, fieldPath);
            }
            else if (field.DefaultValue is { } defaultValue)
            {
                result[field.Name] = LiteralCoercion.TryCoerce(field.Type, defaultValue, null, out var coerced)
                    ? coerced
                    : throw new InputCoercionException($"The default value of `{type.Name}.{field.Name}` does not fit its type.");
            }
            else if (field.Type is NonNullType)
            {
                throw new InputCoercionException($"The field `{type.Name}.{field.Name}` of required type `{field.Type.Print()}` was not provided (at `{path}`).");
            }
        }

        if (type.IsOneOf)
        {
            if (given.Count != 1)
            {
                throw new InputCoercionException($"The @oneOf input type `{type.Name}` needs exactly one field (at `{path}`).");
            }

            if (result.Values.First() is null)
            {
                throw new InputCoercionException($"The field of the @oneOf input type `{type.Name}` must not be null (at `{path}`).");
            }
        }

        return result;
    }

    private static object? Leaf(Func<object?> parse, string path)
    {
        try
        {
            return parse();
        }
        catch (LeafCoercionException e)
        {
            throw new InputCoercionException($"{e.Message.TrimEnd('.')} (at `{path}`).", e);
        }
    }

    private static IReadOnlyList<object?>? AsList(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => (object?)e)],
        string => null,
        IReadOnlyDictionary<string, object?> or IDictionary => null,
        IReadOnlyList<object?> list => list,
        IEnumerable sequence => [.. sequence.Cast<object?>()],
        _ => null,
    };

    private static IReadOnlyDictionary<string, object?>? AsObject(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } obj => obj.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.Ordinal),
        IReadOnlyDictionary<string, object?> dictionary => dictionary,
        IDictionary<string, object?> dictionary => dictionary.ToDictionary(StringComparer.Ordinal),
        _ => null,
    };
}
