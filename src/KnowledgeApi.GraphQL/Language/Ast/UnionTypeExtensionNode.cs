namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>extend union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeExtensionNode(
    Location? location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types) : ITypeExtensionNode
{
    public SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public Location? Location { get; } = location;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in Types)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
