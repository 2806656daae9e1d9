namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>name: value</c> in a field's or directive's argument list.</summary>
public sealed class ArgumentNode(
    Location? location,
    NameNode name,
    IValueNode @value) : INamedSyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.Argument;

    public Location? Location { get; } = location;

    public NameNode Name { get; } = name;

    public IValueNode Value { get; } = @value;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
        yield return Value;
    }

    public override string ToString() => Printer.Print(this);
}
