using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// The deepest field nesting of an operation, following fragments (<c>{ a { b } }</c> has depth 2), as
/// Hot Chocolate's max-execution-depth rule counts it. With <c>skipIntrospectionFields</c>, fields whose
/// name starts with <c>__</c> and everything below them do not count, so the IDE's introspection query
/// (nested <c>ofType</c> ten levels deep) is never refused.
/// </summary>
internal static class ExecutionDepthAnalyzer
{
    public static int Depth(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, bool skipIntrospectionFields)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return Depth(operation.SelectionSet, fragments, skipIntrospectionFields, []);
    }

    // Fragments being expanded on the current path: validation already refused cycles, this only keeps a bad
    // document from recursing forever.
    private static int Depth(SelectionSetNode set, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, bool skip, HashSet<string> expanding)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var deepest = 0;
        foreach (var selection in set.Selections)
        {
            var depth = selection switch
            {
                FieldNode field when skip && field.Name.Value.StartsWith("__", StringComparison.Ordinal) => 0,
                FieldNode field => 1 + (field.SelectionSet is { } children ? Depth(children, fragments, skip, expanding) : 0),
                InlineFragmentNode inline => Depth(inline.SelectionSet, fragments, skip, expanding),
                FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && expanding.Add(spread.Name.Value) =>
                    DepthOfFragment(fragment, fragments, skip, expanding),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int DepthOfFragment(FragmentDefinitionNode fragment, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, bool skip, HashSet<string> expanding)
    {
        var depth = Depth(fragment.SelectionSet, fragments, skip, expanding);
        expanding.Remove(fragment.Name.Value);
        return depth;
    }
}
