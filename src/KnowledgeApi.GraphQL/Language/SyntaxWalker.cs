namespace KnowledgeApi.GraphQL.Language;

/// <summary>What a walker does after entering a node.</summary>
public enum SyntaxVisitAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,

    /// <summary>Do not visit the children; <see cref="SyntaxWalker.Leave"/> is still called.</summary>
    SkipChildren,

    /// <summary>Stop the whole walk at once; nothing more is entered or left.</summary>
    Break,
}

/// <summary>
/// Visits every node of a tree depth-first in document order, calling <see cref="Enter"/> before
/// a node's children and <see cref="Leave"/> after them. Validation rules and the executor's
/// planners derive from it and override only the hooks they need; <see cref="Ancestors"/> gives
/// the path from the root to the current node's parent.
/// </summary>
public abstract class SyntaxWalker
{
    private readonly List<ISyntaxNode> ancestors = [];

    /// <summary>The nodes above the one being visited, root first.</summary>
    protected IReadOnlyList<ISyntaxNode> Ancestors => ancestors;

    /// <summary>The parent of the node being visited, or null at the root.</summary>
    protected ISyntaxNode? Parent => ancestors.Count == 0 ? null : ancestors[^1];

    /// <summary>Walks the tree below and including <paramref name="root"/>.</summary>
    public void Walk(ISyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        ancestors.Clear();
        Visit(root);
        ancestors.Clear();
    }

    protected virtual SyntaxVisitAction Enter(ISyntaxNode node) => SyntaxVisitAction.Continue;

    protected virtual void Leave(ISyntaxNode node)
    {
    }

    // Returns false once a hook asked to break, so every level unwinds without further calls.
    private bool Visit(ISyntaxNode node)
    {
        var action = Enter(node);
        if (action == SyntaxVisitAction.Break)
        {
            return false;
        }

        if (action == SyntaxVisitAction.Continue)
        {
            ancestors.Add(node);
            foreach (var child in node.GetNodes())
            {
                if (!Visit(child))
                {
                    return false;
                }
            }

            ancestors.RemoveAt(ancestors.Count - 1);
        }

        Leave(node);
        return true;
    }
}
