namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>null</c>.</summary>
public sealed class NullValueNode(
    Location? location) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.NullValue;

    public Location? Location { get; } = location;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
