using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Coercion;

/// <summary>
/// The specification's literal coercion (graphql-js <c>valueFromAST</c>): a value written in the
/// document, with variables already coerced, becomes the runtime value of an input type. Input
/// objects become ordered name→value dictionaries, lists become <see cref="List{T}"/>s; a single
/// value given where a list is expected becomes a one-item list.
/// </summary>
internal static class LiteralCoercion
{
    /// <summary>Returns false when the literal does not fit (the caller reports the error).</summary>
    public static bool TryCoerce(IType type, IValueNode literal, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        value = null;
        if (literal is VariableNode variable)
        {
            // A variable was coerced against its own declared type already; an absent one is invalid here.
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryCoerce(nonNull.InnerType, literal, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryCoerceList(list, literal, variables, out value);
            case InputObjectType inputObject:
                return TryCoerceObject(inputObject, literal, variables, out value);
            case EnumType enumType:
                if (literal is not EnumValueNode)
                {
                    return false;
                }

                return TryLeaf(() => enumType.ParseLiteral(literal), out value);
            case ScalarType scalar:
                return TryLeaf(() => scalar.ParseLiteral(literal), out value);
            default:
                return false;
        }
    }

    private static bool TryCoerceList(ListType list, IValueNode literal, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ListValueNode items)
        {
            if (!TryCoerce(list.ElementType, literal, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var result = new List<object?>(items.Items.Count);
        foreach (var item in items.Items)
        {
            if (item is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)))
            {
                // A missing variable inside a list is null, which only a nullable item type accepts.
                if (list.ElementType is NonNullType)
                {
                    return false;
                }

                result.Add(null);
                continue;
            }

            if (!TryCoerce(list.ElementType, item, variables, out var element))
            {
                return false;
            }

            result.Add(element);
        }

        value = result;
        return true;
    }

    private static bool TryCoerceObject(InputObjectType type, IValueNode literal, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode obj)
        {
            return false;
        }

        var given = new Dictionary<string, IValueNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (!type.Fields.ContainsField(field.Name.Value) || !given.TryAdd(field.Name.Value, field.Value))
            {
                return false;
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldLiteral)
                || (fieldLiteral is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value))))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    if (!TryCoerce(field.Type, defaultValue, null, out var coercedDefault))
                    {
                        return false;
                    }

                    result[field.Name] = coercedDefault;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(field.Type, fieldLiteral, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            return false;
        }

        value = result;
        return true;
    }

    private static bool TryLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (LeafCoercionException)
        {
            value = null;
            return false;
        }
    }
}
