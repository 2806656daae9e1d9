using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>... on Type @directives { ... }</c>; the type condition is optional.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class InlineFragmentNode(
    Location? location,
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : ISelectionNode
{
    public SyntaxKind Kind => SyntaxKind.InlineFragment;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode SelectionSet { get; } = selectionSet;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        if (TypeCondition is not null)
        {
            yield return TypeCondition;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        yield return SelectionSet;
    }

    public InlineFragmentNode WithSelectionSet(SelectionSetNode selectionSet) => new(Location, TypeCondition, Directives, selectionSet);

    public override string ToString() => Printer.Print(this);
}
