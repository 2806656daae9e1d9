namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Prints an AST as GraphQL text, byte for byte what graphql-js 16's <c>print</c> gives, so a
/// document printed here and there compares equal. Each node prints to a string from its
/// children's strings; nested blocks are indented by prefixing every line, as graphql-js does.
/// </summary>
public static partial class Printer
{
    // graphql-js wraps a field's arguments one per line once the field line would exceed this.
    private const int MaxLineLength = 80;

    public static string Print(ISyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
            NameNode n => n.Value,
            VariableNode n => "$" + n.Name.Value,
            IValueNode n => PrintValue(n),
            ITypeNode n => PrintType(n),
            OperationDefinitionNode n => PrintOperation(n),
            VariableDefinitionNode n => PrintVariableDefinition(n),
            SelectionSetNode n => Block(n.Selections.Select(Print)),
            FieldNode n => PrintField(n),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Directives(n.Directives)),
            InlineFragmentNode n => PrintInlineFragment(n),
            FragmentDefinitionNode n => PrintFragmentDefinition(n),
            ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
            DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")"),
            _ => PrintTypeSystem(node),
        };
    }

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var variables = Wrap("(", Join(node.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Join(
            [
                OperationKeyword(node.Operation),
                Join([node.Name?.Value, variables], string.Empty),
                Directives(node.Directives),
            ],
            " ");

        // An anonymous query without variables or directives prints in the shorthand form.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(node.SelectionSet);
    }

    private static string PrintVariableDefinition(VariableDefinitionNode node) =>
        Print(node.Variable) + ": " + Print(node.Type)
        + Wrap(" = ", node.DefaultValue is null ? null : Print(node.DefaultValue))
        + Wrap(" ", Directives(node.Directives));

    private static string PrintField(FieldNode node)
    {
        var prefix = Wrap(string.Empty, node.Alias?.Value, ": ") + node.Name.Value;
        var arguments = node.Arguments.Select(Print).ToList();
        var line = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (line.Length > MaxLineLength)
        {
            line = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join([line, Directives(node.Directives), node.SelectionSet is null ? null : Print(node.SelectionSet)], " ");
    }

    private static string PrintInlineFragment(InlineFragmentNode node) =>
        Join(
            [
                "...",
                Wrap("on ", node.TypeCondition?.Name.Value),
                Directives(node.Directives),
                Print(node.SelectionSet),
            ],
            " ");

    private static string PrintFragmentDefinition(FragmentDefinitionNode node) =>
        "fragment " + node.Name.Value + " on " + node.TypeCondition.Name.Value + " "
        + Wrap(string.Empty, Directives(node.Directives), " ")
        + Print(node.SelectionSet);

    private static string PrintType(ITypeNode node) => node switch
    {
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + PrintType(n.Type) + "]",
        NonNullTypeNode n => PrintType(n.Type) + "!",
        _ => throw new ArgumentException($"Unknown type node {node.Kind}.", nameof(node)),
    };

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");
}
