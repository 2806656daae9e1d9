namespace KnowledgeApi.GraphQL.Language;

/// <summary>A reference to a type by name.</summary>
public sealed class NamedTypeNode(
    Location? location,
    NameNode name) : ITypeNode, INamedSyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.NamedType;

    public Location? Location { get; } = location;

    public NameNode Name { get; } = name;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
    }

    public override string ToString() => Printer.Print(this);
}
