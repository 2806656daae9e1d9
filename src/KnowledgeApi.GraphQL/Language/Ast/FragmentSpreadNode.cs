namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>...Name @directives</c>.</summary>
public sealed class FragmentSpreadNode(
    Location? location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives) : ISelectionNode, INamedSyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public Location? Location { get; } = location;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var node in Directives)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
