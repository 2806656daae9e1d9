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
        return new Walk(fragments, skipIntrospectionFields).Depth(operation.SelectionSet);
    }

    // A fragment's depth does not depend on where it is spread, so each is measured once: a document that
    // spreads fragments 2^40 times (F1 { ...F0 ...F0 } F2 { ...F1 ...F1 } ...) costs one walk per fragment.
    private sealed class Walk(IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, bool skip)
    {
        private readonly Dictionary<string, int> fragmentDepths = new(StringComparer.Ordinal);

        // Fragments being measured on the current path: validation already refused cycles, this only keeps a
        // bad document from recursing forever.
        private readonly HashSet<string> measuring = new(StringComparer.Ordinal);

        public int Depth(SelectionSetNode set)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            var deepest = 0;
            foreach (var selection in set.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field when skip && field.Name.Value.StartsWith("__", StringComparison.Ordinal) => 0,
                    FieldNode field => 1 + (field.SelectionSet is { } children ? Depth(children) : 0),
                    InlineFragmentNode inline => Depth(inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
            }

            return deepest;
        }

        private int FragmentDepth(string name)
        {
            if (fragmentDepths.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment) || !measuring.Add(name))
            {
                return 0;
            }

            var depth = Depth(fragment.SelectionSet);
            measuring.Remove(name);
            fragmentDepths[name] = depth;
            return depth;
        }
    }
}
