using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// One field of the execution plan: a response name selected on an object type, after fragments
/// were expanded, <c>@skip</c>/<c>@include</c> applied and same-named fields merged. Middleware
/// that looks ahead (projection, paging's <c>totalCount</c>) walks these instead of the raw AST.
/// </summary>
public interface ISelection
{
    /// <summary>The alias, or the field name when there is no alias.</summary>
    string ResponseName { get; }

    /// <summary>The object type the selection was collected for.</summary>
    ObjectType DeclaringType { get; }

    OutputField Field { get; }

    /// <summary>The first field node of the response name (arguments and location come from it).</summary>
    FieldNode SyntaxNode { get; }

    /// <summary>Every field node merged under this response name, in document order.</summary>
    IReadOnlyList<FieldNode> SyntaxNodes { get; }
}

/// <summary>
/// Look-ahead for field middleware: the selections the executor will run beneath a field. Every
/// <see cref="IResolverContext"/> the executor creates implements it (cast the context, or use
/// <see cref="SelectionContextExtensions.GetSelections(IResolverContext, ObjectType, ISelection?)"/>).
/// </summary>
public interface ISelectionContext
{
    /// <summary>The current field's plan entry.</summary>
    ISelection CurrentSelection { get; }

    /// <summary>
    /// The selections collected for <paramref name="type"/> beneath <paramref name="selection"/>
    /// (the current field when null): fragments expanded, skip/include applied with this request's variables.
    /// </summary>
    IReadOnlyList<ISelection> GetSelections(ObjectType type, ISelection? selection = null);
}

/// <summary>Access to <see cref="ISelectionContext"/> from the resolver context.</summary>
public static class SelectionContextExtensions
{
    public static IReadOnlyList<ISelection> GetSelections(this IResolverContext context, ObjectType type, ISelection? selection = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context is ISelectionContext selections
            ? selections.GetSelections(type, selection)
            : throw new NotSupportedException("This resolver context does not come from the executor.");
    }
}
