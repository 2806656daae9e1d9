namespace KnowledgeApi.GraphQL.Types.Validation;

/// <summary>The root operation types are distinct object types (spec 3.3.1, "Root Operation Types").</summary>
internal static class RootTypesRule
{
    public static void Check(Schema schema, List<SchemaError> errors)
    {
        var roots = new (string Operation, ObjectType? Type)[] { ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType) };
        foreach (var shared in roots.Where(r => r.Type is not null).GroupBy(r => r.Type!).Where(g => g.Count() > 1))
        {
            errors.Add(new(
                $"The type {shared.Key.Name} is the root type of {string.Join(" and ", shared.Select(r => r.Operation))} operations; each operation needs its own root type.",
                shared.Key.Name));
        }
    }
}
