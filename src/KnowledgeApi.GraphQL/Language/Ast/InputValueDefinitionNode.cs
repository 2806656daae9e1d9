using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>An argument definition or an input object field: <c>name: Type = default @directives</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class InputValueDefinitionNode(
    Location? location,
    StringValueNode? description,
    NameNode name,
    ITypeNode @type,
    IValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : INamedSyntaxNode, IHasDirectives
{
    public SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public ITypeNode Type { get; } = @type;

    public IValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;
        yield return Type;
        if (DefaultValue is not null)
        {
            yield return DefaultValue;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
