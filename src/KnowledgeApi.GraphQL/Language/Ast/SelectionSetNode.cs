using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>{ ... }</c>: the fields and fragments selected on a type.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class SelectionSetNode(
    Location? location,
    IReadOnlyList<ISelectionNode> selections) : ISyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.SelectionSet;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public IReadOnlyList<ISelectionNode> Selections { get; } = selections;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Selections)
        {
            yield return node;
        }
    }

    public SelectionSetNode WithSelections(IReadOnlyList<ISelectionNode> selections) => new(Location, selections);

    public override string ToString() => Printer.Print(this);
}
