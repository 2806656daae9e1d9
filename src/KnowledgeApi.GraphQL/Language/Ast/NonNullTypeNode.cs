namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>Type!</c>; the inner type is a named or list type, never another non-null type.</summary>
public sealed class NonNullTypeNode(
    Location? location,
    ITypeNode @type) : ITypeNode
{
    public SyntaxKind Kind => SyntaxKind.NonNullType;

    public Location? Location { get; } = location;

    public ITypeNode Type { get; } = @type;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Type;
    }

    public override string ToString() => Printer.Print(this);
}
