using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>A GraphQL name: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class NameNode(
    Location? location,
    string @value) : ISyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.Name;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public string Value { get; } = @value;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
