namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>{ name: value }</c> as an input object literal.</summary>
public sealed class ObjectValueNode(
    Location? location,
    IReadOnlyList<ObjectFieldNode> fields) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.ObjectValue;

    public Location? Location { get; } = location;

    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Fields)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
