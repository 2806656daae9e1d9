namespace KnowledgeApi.GraphQL.Types.Validation;

/// <summary>Directive names are unique, each directive has at least one location and well-formed arguments (spec 3.13).</summary>
internal static class DirectiveDefinitionsRule
{
    public static void Check(Schema schema, List<SchemaError> errors)
    {
        foreach (var duplicate in schema.Directives.GroupBy(d => d.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new($"The directive @{duplicate.Key} is defined more than once; directive names must be unique.", "@" + duplicate.Key));
        }

        foreach (var directive in schema.Directives)
        {
            if (directive.Locations.Count == 0)
            {
                errors.Add(new($"The directive @{directive.Name} must declare one or more locations.", "@" + directive.Name));
            }

            SchemaValidator.CheckArguments("@" + directive.Name, directive.Arguments, errors);
        }
    }
}
