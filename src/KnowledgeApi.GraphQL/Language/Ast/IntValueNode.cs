namespace KnowledgeApi.GraphQL.Language;

/// <summary>An integer literal, kept as its source text so no precision is lost before coercion.</summary>
public sealed class IntValueNode(
    Location? location,
    string @value) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.IntValue;

    public Location? Location { get; } = location;

    public string Value { get; } = @value;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
