using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>A field of an object or interface type: <c>name(args): Type @directives</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class FieldDefinitionNode(
    Location? location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    ITypeNode @type,
    IReadOnlyList<DirectiveNode> directives) : INamedSyntaxNode, IHasDirectives
{
    public SyntaxKind Kind => SyntaxKind.FieldDefinition;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public ITypeNode Type { get; } = @type;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

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

        yield return Type;
        foreach (var node in Directives)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
