using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>A string literal after escapes (or block-string indentation) were resolved; <see cref="Block"/> says which syntax it used.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class StringValueNode(
    Location? location,
    string @value,
    bool block) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.StringValue;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public string Value { get; } = @value;

    public bool Block { get; } = block;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
