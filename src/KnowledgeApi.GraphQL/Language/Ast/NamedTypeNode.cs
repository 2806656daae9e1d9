using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>A reference to a type by name.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class NamedTypeNode(
    Location? location,
    NameNode name) : ITypeNode, INamedSyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.NamedType;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public NameNode Name { get; } = name;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
    }

    public override string ToString() => Printer.Print(this);
}
