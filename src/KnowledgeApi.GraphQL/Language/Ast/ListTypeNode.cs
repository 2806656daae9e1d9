namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>[Type]</c>.</summary>
public sealed class ListTypeNode(
    Location? location,
    ITypeNode @type) : ITypeNode
{
    public SyntaxKind Kind => SyntaxKind.ListType;

    public Location? Location { get; } = location;

    public ITypeNode Type { get; } = @type;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Type;
    }

    public override string ToString() => Printer.Print(this);
}
