namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode(
    Location? location,
    bool @value) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.BooleanValue;

    public Location? Location { get; } = location;

    public bool Value { get; } = @value;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
