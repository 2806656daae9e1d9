using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>{ name: value }</c> as an input object literal.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class ObjectValueNode(
    Location? location,
    IReadOnlyList<ObjectFieldNode> fields) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.ObjectValue;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

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
