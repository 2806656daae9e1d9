using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>Type!</c>; the inner type is a named or list type, never another non-null type.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class NonNullTypeNode(
    Location? location,
    ITypeNode @type) : ITypeNode
{
    public SyntaxKind Kind => SyntaxKind.NonNullType;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public ITypeNode Type { get; } = @type;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Type;
    }

    public override string ToString() => Printer.Print(this);
}
