using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>A bare name used as a value, other than true, false and null.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class EnumValueNode(
    Location? location,
    string @value) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.EnumValue;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public string Value { get; } = @value;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
