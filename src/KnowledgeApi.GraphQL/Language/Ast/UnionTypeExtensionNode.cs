using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>extend union Name @directives = A | B</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class UnionTypeExtensionNode(
    Location? location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types) : ITypeExtensionNode
{
    public SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in Types)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
