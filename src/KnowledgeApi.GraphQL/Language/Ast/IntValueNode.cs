using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>An integer literal, kept as its source text so no precision is lost before coercion.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class IntValueNode(
    Location? location,
    string @value) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.IntValue;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public string Value { get; } = @value;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
