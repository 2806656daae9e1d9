namespace KnowledgeApi.GraphQL.Types;

/// <summary>Questions every layer asks about a type reference.</summary>
public static class TypeExtensions
{
    /// <summary>The named type under all list and non-null wrappers.</summary>
    public static INamedType NamedType(this IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        while (true)
        {
            switch (type)
            {
                case NonNullType nonNull:
                    type = nonNull.InnerType;
                    break;
                case ListType list:
                    type = list.ElementType;
                    break;
                default:
                    return (INamedType)type;
            }
        }
    }

    public static bool IsNonNullType(this IType type) => type is NonNullType;

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.InnerType : type;

    /// <summary>Scalars, enums and input objects (possibly wrapped) may be used for arguments and input fields.</summary>
    public static bool IsInputType(this IType type) =>
        type.NamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Everything but input objects (possibly wrapped) may be a field's type.</summary>
    public static bool IsOutputType(this IType type) => type.NamedType().Kind is not TypeKind.InputObject;

    /// <summary>The SDL spelling of a type reference, e.g. <c>[String!]!</c>.</summary>
    public static string Print(this IType type) => type switch
    {
        NonNullType nonNull => nonNull.InnerType.Print() + "!",
        ListType list => "[" + list.ElementType.Print() + "]",
        INamedType named => named.Name,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Structural equality of two type references (named types compare by name).</summary>
    public static bool IsEqualTo(this IType left, IType right) => (left, right) switch
    {
        (NonNullType a, NonNullType b) => a.InnerType.IsEqualTo(b.InnerType),
        (ListType a, ListType b) => a.ElementType.IsEqualTo(b.ElementType),
        (INamedType a, INamedType b) => string.Equals(a.Name, b.Name, StringComparison.Ordinal),
        _ => false,
    };
}
