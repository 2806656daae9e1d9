using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>extend interface Name implements A @directives { fields }</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class InterfaceTypeExtensionNode(
    Location? location,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : ITypeExtensionNode
{
    public SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public NameNode Name { get; } = name;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var node in Interfaces)
        {
            yield return node;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in Fields)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
