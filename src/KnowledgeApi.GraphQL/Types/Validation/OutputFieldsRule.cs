namespace KnowledgeApi.GraphQL.Types.Validation;

/// <summary>
/// An object or interface type has at least one field, field names are unique, field types are
/// output types and arguments are well-formed (spec 3.6 "Objects", 3.7 "Interfaces").
/// </summary>
internal static class OutputFieldsRule
{
    public static void Check(IComplexOutputType type, List<SchemaError> errors)
    {
        var kind = type is InterfaceType ? "interface" : "object type";
        if (type.Fields.Count == 0)
        {
            errors.Add(new($"The {kind} {type.Name} must define one or more fields.", type.Name));
        }

        foreach (var duplicate in type.Fields.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new($"The field {type.Name}.{duplicate.Key} is defined more than once; field names must be unique.", $"{type.Name}.{duplicate.Key}"));
        }

        foreach (var field in type.Fields)
        {
            if (!field.Type.IsOutputType())
            {
                errors.Add(new($"The field {field.Coordinate} must have an output type, but {field.Type.Print()} is an input object.", field.Coordinate));
            }

            SchemaValidator.CheckArguments(field.Coordinate, field.Arguments, errors);
        }
    }
}
