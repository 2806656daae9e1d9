namespace KnowledgeApi.GraphQL.Language;

/// <summary><c>$name: Type = default @directives</c> in an operation's variable list.</summary>
public sealed class VariableDefinitionNode(
    Location? location,
    VariableNode variable,
    ITypeNode @type,
    IValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : IHasDirectives
{
    public SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public Location? Location { get; } = location;

    public VariableNode Variable { get; } = variable;

    public ITypeNode Type { get; } = @type;

    public IValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Variable;
        yield return Type;
        if (DefaultValue is not null)
        {
            yield return DefaultValue;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }
    }

    public override string ToString() => Printer.Print(this);
}
