namespace KnowledgeApi.GraphQL.Types.Validation;

/// <summary>A union has one or more members, all object types, none twice (spec 3.8 "Unions").</summary>
internal static class UnionMembersRule
{
    public static void Check(UnionType union, List<SchemaError> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add(new($"The union {union.Name} must have one or more member types.", union.Name));
        }
    }
}
