using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>fragment Name on Type @directives { ... }</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class FragmentDefinitionNode(
    Location? location,
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : IExecutableDefinitionNode, INamedSyntaxNode, IHasDirectives
{
    public SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public NameNode Name { get; } = name;

    public NamedTypeNode TypeCondition { get; } = typeCondition;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode SelectionSet { get; } = selectionSet;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
        yield return TypeCondition;
        foreach (var node in Directives)
        {
            yield return node;
        }

        yield return SelectionSet;
    }

    public FragmentDefinitionNode WithSelectionSet(SelectionSetNode selectionSet) => new(Location, Name, TypeCondition, Directives, selectionSet);

    public override string ToString() => Printer.Print(this);
}
