using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>union Name @directives = A | B</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class UnionTypeDefinitionNode(
    Location? location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types) : ITypeDefinitionNode
{
    public SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

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
