using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Coercion;

/// <summary>
/// Writes an argument literal with its variables replaced by their values, for middleware that
/// walks literals (the filter visitor reads <c>where</c> this way). Coerced variable values become
/// literals again through the input type at that position: scalars through their own
/// <c>ToLiteral</c>, enum values by name, lists and input objects as list and object literals.
/// </summary>
internal static class VariableSubstitution
{
    public static IValueNode Replace(IValueNode literal, IType? type, IReadOnlyDictionary<string, object?> variables)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var nullable = type?.NullableType();
        return literal switch
        {
            VariableNode variable => variables.TryGetValue(variable.Name.Value, out var value) ? ToLiteral(type, value) : new NullValueNode(null),
            ListValueNode list => new ListValueNode(
                list.Location,
                [.. list.Items.Select(i => Replace(i, (nullable as ListType)?.ElementType, variables))]),
            ObjectValueNode obj => new ObjectValueNode(
                obj.Location,
                [.. obj.Fields.Select(f => new ObjectFieldNode(f.Location, f.Name, Replace(f.Value, FieldType(nullable, f.Name.Value), variables)))]),
            _ => literal,
        };
    }

    private static IType? FieldType(IType? type, string name) =>
        type is InputObjectType input && input.Fields.TryGetField(name, out var field) ? field.Type : null;

    private static IValueNode ToLiteral(IType? type, object? value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (value is null)
        {
            return new NullValueNode(null);
        }

        switch (type?.NullableType())
        {
            case ListType list when value is IEnumerable<object?> items:
                return new ListValueNode(null, [.. items.Select(i => ToLiteral(list.ElementType, i))]);
            case ListType list:
                return ToLiteral(list.ElementType, value);
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> fields:
                return new ObjectValueNode(null, [.. fields.Select(f => new ObjectFieldNode(null, new NameNode(null, f.Key), ToLiteral(FieldType(input, f.Key), f.Value)))]);
            case EnumType enumType:
                return new EnumValueNode(null, enumType.Serialize(value)!);
            case ScalarType scalar:
                return scalar.ToLiteral(value);
            default:
                return new StringValueNode(null, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, false);
        }
    }
}
