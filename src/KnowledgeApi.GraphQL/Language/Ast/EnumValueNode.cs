namespace KnowledgeApi.GraphQL.Language;

/// <summary>A bare name used as a value, other than true, false and null.</summary>
public sealed class EnumValueNode(
    Location? location,
    string @value) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.EnumValue;

    public Location? Location { get; } = location;

    public string Value { get; } = @value;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
