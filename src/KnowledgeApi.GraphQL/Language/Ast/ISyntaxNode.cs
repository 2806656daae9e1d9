namespace KnowledgeApi.GraphQL.Language;

/// <summary>Every AST node: what it is, where it came from, and its children in document order.</summary>
public interface ISyntaxNode
{
    SyntaxKind Kind { get; }

    /// <summary>Where the node was in the source; null when parsed with <see cref="ParserOptions.NoLocations"/> or built by code.</summary>
    Location? Location { get; }

    /// <summary>The direct children in the order they appear in the source, which is the order walkers visit them.</summary>
    IEnumerable<ISyntaxNode> GetNodes();
}
