using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation;

/// <summary>The questions about types that several rules ask (graphql-js's typeComparators and typeFromAST).</summary>
internal static class TypeRelations
{
    public static bool IsCompositeType(this INamedType? type) =>
        type is ObjectType or InterfaceType or UnionType;

    public static bool IsLeafType(this INamedType? type) => type is ScalarType or EnumType;

    /// <summary>The schema type a type reference in the document names; null when a named type is unknown.</summary>
    public static IType? TypeFromAst(Schema schema, ITypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                return schema.TryGetType(named.Name.Value, out var type) ? type : null;
            case ListTypeNode list:
                return TypeFromAst(schema, list.Type) is { } element ? new ListType(element) : null;
            case NonNullTypeNode nonNull:
                var inner = TypeFromAst(schema, nonNull.Type);
                return inner is null or NonNullType ? null : new NonNullType(inner);
            default:
                return null;
        }
    }

    /// <summary>The name of the type a type reference points at, under its wrappers.</summary>
    public static NamedTypeNode NamedTypeNode(ITypeNode node)
    {
        while (true)
        {
            switch (node)
            {
                case ListTypeNode list:
                    node = list.Type;
                    break;
                case NonNullTypeNode nonNull:
                    node = nonNull.Type;
                    break;
                default:
                    return (NamedTypeNode)node;
            }
        }
    }

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public static bool IsSubType(Schema schema, INamedType abstractType, INamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType o && Contains(union.Types, o),
        InterfaceType interfaceType => maybeSubType switch
        {
            ObjectType o => Contains(schema.GetPossibleTypes(interfaceType), o) || Contains(o.Interfaces, interfaceType),
            InterfaceType i => Contains(i.Interfaces, interfaceType),
            _ => false,
        },
        _ => false,
    };

    /// <summary>graphql-js's <c>isTypeSubTypeOf</c>: may a value of <paramref name="maybeSubType"/> be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        if (maybeSubType.IsEqualTo(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.InnerType, superNonNull.InnerType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.InnerType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.ElementType, superList.ElementType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is IAbstractType abstractType
            && maybeSubType is ObjectType or InterfaceType
            && IsSubType(schema, abstractType, (INamedType)maybeSubType);
    }

    /// <summary>graphql-js's <c>doTypesOverlap</c>: could one object be of both types.</summary>
    public static bool DoTypesOverlap(Schema schema, INamedType typeA, INamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is IAbstractType)
        {
            if (typeB is IAbstractType)
            {
                foreach (var possible in schema.GetPossibleTypes(typeB))
                {
                    if (IsSubType(schema, typeA, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return IsSubType(schema, typeA, typeB);
        }

        return typeB is IAbstractType && IsSubType(schema, typeB, typeA);
    }

    private static bool Contains<T>(IReadOnlyList<T> items, T item)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return true;
            }
        }

        return false;
    }
}
