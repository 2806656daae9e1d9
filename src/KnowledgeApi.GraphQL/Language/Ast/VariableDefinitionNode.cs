using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>$name: Type = default @directives</c> in an operation's variable list.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class VariableDefinitionNode(
    Location? location,
    VariableNode variable,
    ITypeNode @type,
    IValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : IHasDirectives
{
    public SyntaxKind Kind => SyntaxKind.VariableDefinition;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public VariableNode Variable { get; } = variable;

    public ITypeNode Type { get; } = @type;

    public IValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Variable;
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
