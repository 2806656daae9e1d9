namespace KnowledgeApi.GraphQL.Language;

/// <summary>A GraphQL name: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
public sealed class NameNode(
    Location? location,
    string @value) : ISyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.Name;

    public Location? Location { get; } = location;

    public string Value { get; } = @value;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
