using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Coercion;

/// <summary>
/// CoerceVariableValues (§6.1.2): each variable the operation declares is read from the request,
/// or takes its default, or is left out; required variables must be given and not null. Every
/// problem is reported, each error pointing at the variable's definition.
/// </summary>
internal static class VariableCoercion
{
    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? values,
        List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return EmptyVariables;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromSyntax.Resolve(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(Error(definition, $"The variable `${name}` has the type `{Printer.Print(definition.Type)}`, which is not an input type of this schema."));
                continue;
            }

            object? value = null;
            var hasValue = values is not null && values.TryGetValue(name, out value);
            if (!hasValue && definition.DefaultValue is { } defaultValue)
            {
                if (LiteralCoercion.TryCoerce(type, defaultValue, null, out var coercedDefault))
                {
                    coerced[name] = coercedDefault;
                }
                else
                {
                    errors.Add(Error(definition, $"The default value of the variable `${name}` does not fit its type `{type.Print()}`."));
                }

                continue;
            }

            if (type is NonNullType && (!hasValue || value is null || value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null }))
            {
                errors.Add(Error(definition, hasValue
                    ? $"The variable `${name}` of required type `{type.Print()}` must not be null."
                    : $"The variable `${name}` of required type `{type.Print()}` was not provided."));
                continue;
            }

            if (!hasValue)
            {
                continue;
            }

            try
            {
                coerced[name] = ValueCoercion.Coerce(type, value, name);
            }
            catch (InputCoercionException e)
            {
                errors.Add(Error(definition, $"The variable `${name}` got an invalid value: {e.Message}"));
            }
        }

        return coerced;
    }

    private static IReadOnlyDictionary<string, object?> EmptyVariables { get; } = new Dictionary<string, object?>();

    private static GraphQLError Error(VariableDefinitionNode definition, string message) =>
        new GraphQLError(message)
            .WithLocations(definition)
            .WithExtension("variable", definition.Variable.Name.Value);
}
