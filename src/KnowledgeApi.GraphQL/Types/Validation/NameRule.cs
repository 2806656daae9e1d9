namespace KnowledgeApi.GraphQL.Types.Validation;

/// <summary>
/// Names must match <c>/^[_A-Za-z][_0-9A-Za-z]*$/</c>, and names starting with <c>__</c> are
/// reserved for introspection (spec 3: "Names").
/// </summary>
internal static class NameRule
{
    public static void Check(Schema schema, List<SchemaError> errors)
    {
        foreach (var type in schema.Types)
        {
            if (type is TypeSystemObject { IsIntrospectionType: true })
            {
                continue;
            }

            CheckName(type.Name, $"type {type.Name}", type.Name, errors);
            switch (type)
            {
                case IComplexOutputType complex:
                    foreach (var field in complex.Fields)
                    {
                        CheckName(field.Name, $"field {field.Coordinate}", field.Coordinate, errors);
                        foreach (var argument in field.Arguments)
                        {
                            CheckName(argument.Name, $"argument {argument.Coordinate}", argument.Coordinate, errors);
                        }
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        CheckName(value.Name, $"enum value {enumType.Name}.{value.Name}", $"{enumType.Name}.{value.Name}", errors);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        CheckName(field.Name, $"input field {field.Coordinate}", field.Coordinate, errors);
                    }

                    break;
            }
        }

        foreach (var directive in schema.Directives)
        {
            CheckName(directive.Name, $"directive @{directive.Name}", "@" + directive.Name, errors);
            foreach (var argument in directive.Arguments)
            {
                CheckName(argument.Name, $"argument {argument.Coordinate}", argument.Coordinate, errors);
            }
        }
    }

    private static void CheckName(string name, string what, string coordinate, List<SchemaError> errors)
    {
        if (!IsValidName(name))
        {
            errors.Add(new($"The {what} has an invalid name: names must start with a letter or '_' and contain only letters, digits and '_'.", coordinate));
        }
        else if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(new($"The {what} must not start with \"__\", which is reserved for introspection.", coordinate));
        }
    }

    internal static bool IsValidName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
