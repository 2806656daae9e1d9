using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>One <c>name: value</c> entry of an object literal.</summary>
// Inlined into the parser, which builds nodes on its hot path.
[method: MethodImpl(MethodImplOptions.AggressiveInlining)]
public sealed class ObjectFieldNode(
    Location? location,
    NameNode name,
    IValueNode @value) : INamedSyntaxNode
{
    public SyntaxKind Kind => SyntaxKind.ObjectField;

    // Stored without Nullable's flag (Line 0 means "none"), which keeps every node 8 bytes smaller.
    private readonly Location storedLocation = location ?? default;

    public Location? Location => storedLocation.Line == 0 ? null : storedLocation;

    public NameNode Name { get; } = name;

    public IValueNode Value { get; } = @value;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
        yield return Value;
    }

    public override string ToString() => Printer.Print(this);
}
