using System.Collections.Concurrent;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Planning;

/// <summary>
/// A planned field (see <see cref="ISelection"/>). It caches what does not change between requests
/// of the same document: the arguments when they are all literals, and the selection sets collected
/// beneath it per object type when no <c>@skip</c>/<c>@include</c> depends on a variable.
/// </summary>
internal sealed class Selection : ISelection
{
    private readonly ConcurrentDictionary<ObjectType, SelectionSetPlan> children = new();
    private IReadOnlyDictionary<string, object?>? constantArguments;

    public Selection(string responseName, ObjectType declaringType, OutputField field, IReadOnlyList<FieldNode> syntaxNodes, SelectionKind kind)
    {
        ResponseName = responseName;
        DeclaringType = declaringType;
        Field = field;
        SyntaxNodes = syntaxNodes;
        SyntaxNode = syntaxNodes[0];
        Kind = kind;
        ArgumentsAreConstant = SyntaxNode.Arguments.All(a => IsConstant(a.Value));
        var sets = new List<SelectionSetNode>(syntaxNodes.Count);
        foreach (var node in syntaxNodes)
        {
            if (node.SelectionSet is { } set)
            {
                sets.Add(set);
            }
        }

        SubSelectionSets = sets;
    }

    public string ResponseName { get; }

    public ObjectType DeclaringType { get; }

    public OutputField Field { get; }

    public FieldNode SyntaxNode { get; }

    public IReadOnlyList<FieldNode> SyntaxNodes { get; }

    public SelectionKind Kind { get; }

    public IReadOnlyList<SelectionSetNode> SubSelectionSets { get; }

    /// <summary>True when no argument mentions a variable, so coerced arguments can be kept in the plan.</summary>
    public bool ArgumentsAreConstant { get; }

    public IReadOnlyDictionary<string, object?>? CachedArguments => constantArguments;

    public void CacheArguments(IReadOnlyDictionary<string, object?> arguments) => constantArguments = arguments;

    public bool TryGetChildren(ObjectType type, out SelectionSetPlan? plan) => children.TryGetValue(type, out plan);

    public void CacheChildren(ObjectType type, SelectionSetPlan plan) => children.TryAdd(type, plan);

    public override string ToString() => $"{DeclaringType.Name}.{Field.Name} as {ResponseName}";

    private static bool IsConstant(IValueNode value) => value switch
    {
        VariableNode => false,
        ListValueNode list => list.Items.All(IsConstant),
        ObjectValueNode obj => obj.Fields.All(f => IsConstant(f.Value)),
        _ => true,
    };
}

/// <summary>What the executor does with a selection besides running its field's pipeline.</summary>
internal enum SelectionKind
{
    Field,

    /// <summary><c>__typename</c>: answered from the object type, no resolver call.</summary>
    TypeName,

    /// <summary><c>__schema</c> or <c>__type</c>: refused when introspection is switched off.</summary>
    Introspection,
}

/// <summary>The selections of one object type beneath one field, in response order.</summary>
internal sealed class SelectionSetPlan(Selection[] selections)
{
    public Selection[] Selections { get; } = selections;

    public string[] ResponseNames { get; } = [.. selections.Select(s => s.ResponseName)];

    public static SelectionSetPlan Empty { get; } = new([]);
}
