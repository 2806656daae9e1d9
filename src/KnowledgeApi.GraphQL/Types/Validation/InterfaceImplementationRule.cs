namespace KnowledgeApi.GraphQL.Types.Validation;

/// <summary>
/// A type that implements an interface has each of its fields with a covariant type and the same
/// arguments (extra arguments optional), and also implements every interface the interface
/// implements (spec 3.6 "Objects", IsValidImplementation).
/// </summary>
internal static class InterfaceImplementationRule
{
    public static void Check(Schema schema, IComplexOutputType type, List<SchemaError> errors)
    {
        foreach (var duplicate in type.Interfaces.GroupBy(i => i.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new($"The type {type.Name} declares the interface {duplicate.Key} more than once.", type.Name));
        }

        foreach (var interfaceType in type.Interfaces.Distinct())
        {
            if (ReferenceEquals(interfaceType, type))
            {
                errors.Add(new($"The type {type.Name} cannot implement itself.", type.Name));
                continue;
            }

            foreach (var transitive in interfaceType.Interfaces.Where(t => !type.Interfaces.Contains(t)))
            {
                errors.Add(new(
                    ReferenceEquals(transitive, type)
                        ? $"The type {type.Name} cannot implement {interfaceType.Name} because it would create a circular reference."
                        : $"The type {type.Name} must implement {transitive.Name} because it is implemented by {interfaceType.Name}.",
                    type.Name));
            }

            CheckFields(schema, type, interfaceType, errors);
        }
    }

    private static void CheckFields(Schema schema, IComplexOutputType type, InterfaceType interfaceType, List<SchemaError> errors)
    {
        foreach (var expected in interfaceType.Fields)
        {
            if (!type.Fields.TryGetField(expected.Name, out var actual))
            {
                errors.Add(new(
                    $"The type {type.Name} must provide the field {expected.Name} of its interface {interfaceType.Name}, but {type.Name}.{expected.Name} is missing.",
                    $"{type.Name}.{expected.Name}"));
                continue;
            }

            if (!SubtypeRelation.IsSubtype(schema, actual.Type, expected.Type))
            {
                errors.Add(new(
                    $"The interface field {expected.Coordinate} expects type {expected.Type.Print()} but {actual.Coordinate} is type {actual.Type.Print()}.",
                    actual.Coordinate));
            }

            foreach (var expectedArgument in expected.Arguments)
            {
                if (!actual.Arguments.TryGetField(expectedArgument.Name, out var actualArgument))
                {
                    errors.Add(new(
                        $"The interface field argument {expectedArgument.Coordinate} is expected but {actual.Coordinate} does not provide it.",
                        actual.Coordinate));
                }
                else if (!actualArgument.Type.IsEqualTo(expectedArgument.Type))
                {
                    errors.Add(new(
                        $"The interface field argument {expectedArgument.Coordinate} expects type {expectedArgument.Type.Print()} but {actualArgument.Coordinate} is type {actualArgument.Type.Print()}.",
                        actualArgument.Coordinate));
                }
            }

            foreach (var extra in actual.Arguments.Where(a => !expected.Arguments.ContainsField(a.Name)))
            {
                if (extra.Type is NonNullType && extra.DefaultValue is null)
                {
                    errors.Add(new(
                        $"The argument {extra.Coordinate} is required, which {interfaceType.Name}.{expected.Name} does not allow: arguments an implementation adds must be optional.",
                        extra.Coordinate));
                }
            }
        }
    }
}

/// <summary>graphql-js's <c>isTypeSubTypeOf</c>: non-null may narrow, lists stay lists, named types may narrow to a possible type.</summary>
internal static class SubtypeRelation
{
    public static bool IsSubtype(Schema schema, IType maybeSubtype, IType superType)
    {
        if (maybeSubtype.IsEqualTo(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubtype is NonNullType subNonNull && IsSubtype(schema, subNonNull.InnerType, superNonNull.InnerType);
        }

        if (maybeSubtype is NonNullType nonNull)
        {
            return IsSubtype(schema, nonNull.InnerType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubtype is ListType subList && IsSubtype(schema, subList.ElementType, superList.ElementType);
        }

        if (maybeSubtype is ListType)
        {
            return false;
        }

        return (superType, maybeSubtype) switch
        {
            (UnionType union, ObjectType objectType) => union.Types.Contains(objectType),
            (InterfaceType iface, IComplexOutputType complex) => complex.Interfaces.Contains(iface),
            _ => false,
        };
    }
}
