using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>null</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class NullValueNode(
    Location? location) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.NullValue;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
