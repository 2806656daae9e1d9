using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>A query, mutation or subscription; a shorthand query has no name.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class OperationDefinitionNode(
    Location? location,
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : IExecutableDefinitionNode, IHasDirectives
{
    public SyntaxKind Kind => SyntaxKind.OperationDefinition;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public OperationType Operation { get; } = operation;

    public NameNode? Name { get; } = name;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode SelectionSet { get; } = selectionSet;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Name is not null)
        {
            yield return Name;
        }

        foreach (var node in VariableDefinitions)
        {
            yield return node;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        yield return SelectionSet;
    }

    public OperationDefinitionNode WithSelectionSet(SelectionSetNode selectionSet) =>
        new(Location, Operation, Name, VariableDefinitions, Directives, selectionSet);

    public override string ToString() => Printer.Print(this);
}
