using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>The whole parsed text: executable and type-system definitions in source order.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class DocumentNode(
    Location? location,
    IReadOnlyList<IDefinitionNode> definitions) : ISyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.Document;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

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
