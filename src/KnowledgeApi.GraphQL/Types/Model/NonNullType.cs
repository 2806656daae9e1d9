namespace KnowledgeApi.GraphQL.Types;

/// <summary><c>T!</c>; the inner type is never itself non-null.</summary>
public sealed class NonNullType : IType
{
    public NonNullType(IType innerType)
    {
        ArgumentNullException.ThrowIfNull(innerType);
        if (innerType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(innerType));
        }

        InnerType = innerType;
    }

    public TypeKind Kind => TypeKind.NonNull;

    public IType InnerType { get; }

    public override string ToString() => $"{InnerType}!";
}
