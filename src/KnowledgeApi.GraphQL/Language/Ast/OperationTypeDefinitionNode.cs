using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>query: Query</c> inside a schema definition or extension.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class OperationTypeDefinitionNode(
    Location? location,
    OperationType operation,
    NamedTypeNode @type) : ISyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public OperationType Operation { get; } = operation;

    public NamedTypeNode Type { get; } = @type;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Type;
    }

    public override string ToString() => Printer.Print(this);
}
