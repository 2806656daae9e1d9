namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// The deterministic order of a schema's types, as graphql-js collects them: the root types,
/// then every other type, each followed depth-first by the types it refers to (interfaces,
/// field and argument types, union members, input fields); introspection types come last.
/// </summary>
internal static class TypeOrder
{
    public static IReadOnlyList<INamedType> Collect(
        ObjectType query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<TypeSystemObject> registered,
        IReadOnlyList<DirectiveType> directives)
    {
        var ordered = new List<INamedType>();
        var seen = new HashSet<INamedType>();
        foreach (var root in new INamedType?[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Visit(root, ordered, seen);
            }
        }

        foreach (var type in registered.Where(t => !t.IsIntrospectionType))
        {
            Visit(type, ordered, seen);
        }

        foreach (var argument in directives.SelectMany(d => d.Arguments))
        {
            Visit(argument.Type.NamedType(), ordered, seen);
        }

        foreach (var type in registered.Where(t => t.IsIntrospectionType))
        {
            Visit(type, ordered, seen);
        }

        return ordered;
    }

    private static void Visit(INamedType type, List<INamedType> ordered, HashSet<INamedType> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        ordered.Add(type);
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Visit(member, ordered, seen);
                }

                break;
            case IComplexOutputType complex:
                foreach (var implemented in complex.Interfaces)
                {
                    Visit(implemented, ordered, seen);
                }

                foreach (var field in complex.Fields)
                {
                    Visit(field.Type.NamedType(), ordered, seen);
                    foreach (var argument in field.Arguments)
                    {
                        Visit(argument.Type.NamedType(), ordered, seen);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Visit(field.Type.NamedType(), ordered, seen);
                }

                break;
        }
    }
}
