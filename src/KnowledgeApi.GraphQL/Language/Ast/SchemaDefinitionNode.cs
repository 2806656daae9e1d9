using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>schema @directives { query: Query ... }</c>.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class SchemaDefinitionNode(
    Location? location,
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes) : ITypeSystemDefinitionNode, IHasDirectives
{
    public SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public StringValueNode? Description { get; } = description;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in OperationTypes)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
