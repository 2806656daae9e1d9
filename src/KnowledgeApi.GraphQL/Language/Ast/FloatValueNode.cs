namespace KnowledgeApi.GraphQL.Language;

/// <summary>A float literal, kept as its source text so no precision is lost before coercion.</summary>
public sealed class FloatValueNode(
    Location? location,
    string @value) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.FloatValue;

    public Location? Location { get; } = location;

    public string Value { get; } = @value;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
