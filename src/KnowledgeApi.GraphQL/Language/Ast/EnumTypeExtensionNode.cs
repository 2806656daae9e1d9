namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>extend enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeExtensionNode(
    Location? location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values) : ITypeExtensionNode
{
    public SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public Location? Location { get; } = location;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in Values)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
