namespace KnowledgeApi.GraphQL.Types.Validation;

/// <summary>
/// No input object may reach itself through a chain of non-null, non-list fields: such a value
/// could never be written (spec 3.10.1, "Circular References").
/// </summary>
internal static class InputObjectCycleRule
{
    public static void Check(Schema schema, List<SchemaError> errors)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in schema.Types.OfType<InputObjectType>())
        {
            Walk(input, [], [input], reported, errors);
        }
    }

    private static void Walk(InputObjectType current, List<InputValue> path, List<InputObjectType> visiting, HashSet<string> reported, List<SchemaError> errors)
    {
        foreach (var field in current.Fields)
        {
            if (field.Type is not NonNullType { InnerType: InputObjectType next })
            {
                continue;
            }

            path.Add(field);
            var start = visiting.IndexOf(next);
            if (start >= 0)
            {
                var cycle = path.Skip(start).Select(f => f.Coordinate).ToList();
                var key = string.Join(',', cycle.Order(StringComparer.Ordinal));
                if (reported.Add(key))
                {
                    errors.Add(new(
                        $"The input object {next.Name} references itself through the non-null fields {string.Join(" → ", cycle)}; no value of it could ever be written.",
                        next.Name));
                }
            }
            else
            {
                visiting.Add(next);
                Walk(next, path, visiting, reported, errors);
                visiting.RemoveAt(visiting.Count - 1);
            }

            path.RemoveAt(path.Count - 1);
        }
    }
}
