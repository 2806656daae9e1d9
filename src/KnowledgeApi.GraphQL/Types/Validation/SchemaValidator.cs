namespace KnowledgeApi.GraphQL.Types.Validation;

/// <summary>
/// Checks a built schema against the type-system rules of the specification (section 3,
/// "Type System", and graphql-js's <c>validateSchema</c>); every rule reports into one list so a
/// broken schema is described completely, each error naming the type, field or argument.
/// </summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<SchemaError> Validate(Schema schema)
    {
        var errors = new List<SchemaError>();
        NameRule.Check(schema, errors);
        RootTypesRule.Check(schema, errors);
        DirectiveDefinitionsRule.Check(schema, errors);
        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case IComplexOutputType complex:
                    OutputFieldsRule.Check(complex, errors);
                    InterfaceImplementationRule.Check(schema, complex, errors);
                    break;
                case UnionType union:
                    UnionMembersRule.Check(union, errors);
                    break;
                case EnumType enumType:
                    EnumValuesRule.Check(enumType, errors);
                    break;
                case InputObjectType input:
                    InputObjectFieldsRule.Check(input, errors);
                    break;
            }
        }

        InputObjectCycleRule.Check(schema, errors);
        return errors;
    }

    /// <summary>Shared by fields and directives: argument names unique, types input types, required arguments not deprecated.</summary>
    internal static void CheckArguments(string owner, FieldCollection<InputValue> arguments, List<SchemaError> errors)
    {
        foreach (var duplicate in arguments.GroupBy(a => a.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new($"The argument {owner}({duplicate.Key}:) is defined more than once; argument names must be unique.", $"{owner}({duplicate.Key}:)"));
        }

        foreach (var argument in arguments)
        {
            if (!argument.Type.IsInputType())
            {
                errors.Add(new($"The argument {argument.Coordinate} must have an input type, but {argument.Type.Print()} is an output type.", argument.Coordinate));
            }

            if (argument.IsDeprecated && argument.Type is NonNullType && argument.DefaultValue is null)
            {
                errors.Add(new($"The required argument {argument.Coordinate} cannot be deprecated; make it optional or give it a default value first.", argument.Coordinate));
            }
        }
    }
}
