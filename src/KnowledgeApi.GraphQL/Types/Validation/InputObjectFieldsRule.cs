namespace KnowledgeApi.GraphQL.Types.Validation;

/// <summary>
/// An input object has one or more uniquely named fields of input types; required fields are
/// not deprecated; a <c>@oneOf</c> input's fields are nullable and have no default (spec 3.10).
/// </summary>
internal static class InputObjectFieldsRule
{
    public static void Check(InputObjectType input, List<SchemaError> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(new($"The input object {input.Name} must define one or more fields.", input.Name));
        }

        foreach (var duplicate in input.Fields.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new($"The input field {input.Name}.{duplicate.Key} is defined more than once; field names must be unique.", $"{input.Name}.{duplicate.Key}"));
        }

        foreach (var field in input.Fields)
        {
            if (!field.Type.IsInputType())
            {
                errors.Add(new($"The input field {field.Coordinate} must have an input type, but {field.Type.Print()} is an output type.", field.Coordinate));
            }

            if (field.IsDeprecated && field.Type is NonNullType && field.DefaultValue is null)
            {
                errors.Add(new($"The required input field {field.Coordinate} cannot be deprecated; make it optional or give it a default value first.", field.Coordinate));
            }

            if (input.IsOneOf && field.Type is NonNullType)
            {
                errors.Add(new($"The field {field.Coordinate} of the @oneOf input object {input.Name} must be nullable.", field.Coordinate));
            }

            if (input.IsOneOf && field.DefaultValue is not null)
            {
                errors.Add(new($"The field {field.Coordinate} of the @oneOf input object {input.Name} cannot have a default value.", field.Coordinate));
            }
        }
    }
}
