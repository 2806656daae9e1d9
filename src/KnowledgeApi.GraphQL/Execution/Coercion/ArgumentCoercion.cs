using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Coercion;

/// <summary>
/// CoerceArgumentValues (§6.4.1): the arguments of one field from its literal values and the
/// request's variables; defaults fill what was left out, and a missing or null required argument
/// is a field error pointing at the argument.
/// </summary>
internal static class ArgumentCoercion
{
    public static IReadOnlyDictionary<string, object?> Coerce(
        FieldCollection<InputValue> definitions,
        FieldNode field,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? node = null;
            foreach (var argument in field.Arguments)
            {
                if (argument.Name.Value == definition.Name)
                {
                    node = argument;
                    break;
                }
            }

            var missing = node is null
                || (node.Value is VariableNode variable && !variables.ContainsKey(variable.Name.Value));
            if (missing)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    coerced[definition.Name] = LiteralCoercion.TryCoerce(definition.Type, defaultValue, null, out var value)
                        ? value
                        : throw Invalid(definition, (ISyntaxNode?)node ?? field, $"The default value of the argument `{definition.Name}` does not fit its type.");
                }
                else if (definition.Type is NonNullType)
                {
                    throw Invalid(definition, (ISyntaxNode?)node ?? field, $"The argument `{definition.Name}` of required type `{definition.Type.Print()}` was not provided.");
                }

                continue;
            }

            if (!LiteralCoercion.TryCoerce(definition.Type, node!.Value, variables, out var coercedValue))
            {
                throw Invalid(definition, node.Value, $"The argument `{definition.Name}` has an invalid value for the type `{definition.Type.Print()}`.");
            }

            coerced[definition.Name] = coercedValue;
        }

        return coerced;
    }

    private static IReadOnlyDictionary<string, object?> Empty { get; } = new Dictionary<string, object?>();

    private static GraphQLException Invalid(InputValue definition, ISyntaxNode node, string message) =>
        new(new GraphQLError(message).WithLocations(node).WithExtension("argument", definition.Name));
}
