namespace KnowledgeApi.GraphQL.Types.Validation;

/// <summary>An enum has one or more values with unique names other than true, false and null (spec 3.9 "Enums").</summary>
internal static class EnumValuesRule
{
    public static void Check(EnumType enumType, List<SchemaError> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add(new($"The enum {enumType.Name} must define one or more values.", enumType.Name));
        }

        foreach (var duplicate in enumType.Values.GroupBy(v => v.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new($"The enum value {enumType.Name}.{duplicate.Key} is defined more than once; value names must be unique.", $"{enumType.Name}.{duplicate.Key}"));
        }

        foreach (var value in enumType.Values.Where(v => v.Name is "true" or "false" or "null"))
        {
            errors.Add(new($"The enum value {enumType.Name}.{value.Name} cannot be named true, false or null.", $"{enumType.Name}.{value.Name}"));
        }
    }
}
