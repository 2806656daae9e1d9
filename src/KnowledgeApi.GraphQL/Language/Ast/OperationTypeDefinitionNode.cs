namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>query: Query</c> inside a schema definition or extension.</summary>
public sealed class OperationTypeDefinitionNode(
    Location? location,
    OperationType operation,
    NamedTypeNode @type) : ISyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public Location? Location { get; } = location;

    public OperationType Operation { get; } = operation;

    public NamedTypeNode Type { get; } = @type;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Type;
    }

    public override string ToString() => Printer.Print(this);
}
