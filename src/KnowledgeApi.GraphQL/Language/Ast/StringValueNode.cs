namespace KnowledgeApi.GraphQL.Language;

/// <summary>A string literal after escapes (or block-string indentation) were resolved; <see cref="Block"/> says which syntax it used.</summary>
public sealed class StringValueNode(
    Location? location,
    string @value,
    bool block) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.StringValue;

    public Location? Location { get; } = location;

    public string Value { get; } = @value;

    public bool Block { get; } = block;

    public IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => Printer.Print(this);
}
