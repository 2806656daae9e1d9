namespace KnowledgeApi.GraphQL.Language;

/// <summary>Prints an AST back to GraphQL text the way graphql-js 16's <c>print</c> does.</summary>
public static partial class Printer
{
    public static string Print(ISyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind.ToString();
    }
}
