using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>directive @name(args) repeatable on LOCATION | LOCATION</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class DirectiveDefinitionNode(
    Location? location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool isRepeatable,
    IReadOnlyList<NameNode> locations) : ITypeSystemDefinitionNode, INamedSyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public bool IsRepeatable { get; } = isRepeatable;

    public IReadOnlyList<NameNode> Locations { get; } = locations;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;
        foreach (var node in Arguments)
        {
            yield return node;
        }

        foreach (var node in Locations)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
