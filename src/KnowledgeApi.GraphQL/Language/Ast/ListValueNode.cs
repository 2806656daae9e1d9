namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>[a, b]</c>.</summary>
public sealed class ListValueNode(
    Location? location,
    IReadOnlyList<IValueNode> items) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.ListValue;

    public Location? Location { get; } = location;

    public IReadOnlyList<IValueNode> Items { get; } = items;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Items)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
