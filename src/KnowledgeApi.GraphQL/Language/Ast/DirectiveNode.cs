using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>@name(args)</c> applied to a definition or selection.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class DirectiveNode(
    Location? location,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments) : INamedSyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.Directive;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var node in Arguments)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
