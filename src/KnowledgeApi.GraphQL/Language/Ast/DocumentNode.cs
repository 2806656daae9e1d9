namespace KnowledgeApi.GraphQL.Language;

/// <summary>The whole parsed text: executable and type-system definitions in source order.</summary>
public sealed class DocumentNode(
    Location? location,
    IReadOnlyList<IDefinitionNode> definitions) : ISyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.Document;

    public Location? Location { get; } = location;

    public IReadOnlyList<IDefinitionNode> Definitions { get; } = definitions;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Definitions)
        {
            yield return node;
        }
    }

    public DocumentNode WithDefinitions(IReadOnlyList<IDefinitionNode> definitions) => new(Location, definitions);

    public override string ToString() => Printer.Print(this);
}
