using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>alias: name(args) @directives { ... }</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class FieldNode(
    Location? location,
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet) : ISelectionNode
{
    public SyntaxKind Kind => SyntaxKind.Field;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public NameNode? Alias { get; } = alias;

    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Alias is not null)
        {
            yield return Alias;
        }

        yield return Name;
        foreach (var node in Arguments)
        {
            yield return node;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        if (SelectionSet is not null)
        {
            yield return SelectionSet;
        }
    }

    public FieldNode WithAlias(NameNode? alias) => new(Location, alias, Name, Arguments, Directives, SelectionSet);

    public FieldNode WithArguments(IReadOnlyList<ArgumentNode> arguments) => new(Location, Alias, Name, arguments, Directives, SelectionSet);

    public FieldNode WithDirectives(IReadOnlyList<DirectiveNode> directives) => new(Location, Alias, Name, Arguments, directives, SelectionSet);

    public FieldNode WithSelectionSet(SelectionSetNode? selectionSet) => new(Location, Alias, Name, Arguments, Directives, selectionSet);

    public override string ToString() => Printer.Print(this);
}
