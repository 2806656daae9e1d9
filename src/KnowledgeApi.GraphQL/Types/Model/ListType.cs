namespace KnowledgeApi.GraphQL.Types;

/// <summary><c>[T]</c>.</summary>
public sealed class ListType(IType elementType) : IType
{
    public TypeKind Kind => TypeKind.List;

    public IType ElementType { get; } = elementType ?? throw new ArgumentNullException(nameof(elementType));

    public override string ToString() => $"[{ElementType}]";
}

/// <summary>
/// <c>[T]</c> as a type argument for descriptors (<c>Type&lt;ListType&lt;StringType&gt;&gt;()</c>); never instantiated.
/// </summary>
#pragma warning disable CA1812 // a marker for type arguments only: it is read by reflection, never created.
public abstract class ListType<TElement>
    where TElement : class
{
    private ListType()
    {
    }
}

/// <summary><c>T!</c> as a type argument for descriptors (<c>Type&lt;NonNullType&lt;StringType&gt;&gt;()</c>); never instantiated.</summary>
public abstract class NonNullType<TInner>
    where TInner : class
{
    private NonNullType()
    {
    }
}
#pragma warning restore CA1812
