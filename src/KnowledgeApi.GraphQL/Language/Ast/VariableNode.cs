namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>$name</c> used as a value.</summary>
public sealed class VariableNode(
    Location? location,
    NameNode name) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.Variable;

    public Location? Location { get; } = location;

    public NameNode Name { get; } = name;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
    }

    public override string ToString() => Printer.Print(this);
}
