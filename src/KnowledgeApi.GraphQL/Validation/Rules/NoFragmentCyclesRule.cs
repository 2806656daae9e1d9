using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spreads must not form cycles: a fragment may not reach itself through spreads, or
/// expanding it would never end. https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles
/// </summary>
/// <remarks>
/// graphql-js's depth-first search, with an explicit stack instead of recursion so that a chain
/// of thousands of fragments cannot overflow the call stack. Each fragment is explored once, and
/// each cycle is reported with the spreads along it.
/// </remarks>
internal sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> visited = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> pathIndexByName = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> spreadPath = [];
    private readonly Stack<Frame> frames = new();

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (!TryStart(context, node))
        {
            return;
        }

        while (frames.Count > 0)
        {
            var frame = frames.Peek();
            if (frame.Next == frame.Spreads.Count)
            {
                frames.Pop();
                pathIndexByName.Remove(frame.Name);
                if (frames.Count > 0)
                {
                    // The spread that led into this fragment.
                    spreadPath.RemoveAt(spreadPath.Count - 1);
                }

                continue;
            }

            var spread = frame.Spreads[frame.Next++];
            var spreadName = spread.Name.Value;
            spreadPath.Add(spread);
            if (pathIndexByName.TryGetValue(spreadName, out var cycleStart))
            {
                Report(context, spreadName, cycleStart);
            }
            else if (context.GetFragment(spreadName) is { } target && TryStart(context, target))
            {
                // The path entry is removed when the new frame finishes.
                continue;
            }

            spreadPath.RemoveAt(spreadPath.Count - 1);
        }
    }

    private bool TryStart(ValidationContext context, FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!visited.Add(name))
        {
            return false;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        pathIndexByName[name] = spreadPath.Count;
        frames.Push(new Frame(name, spreads));
        return true;
    }

    private void Report(ValidationContext context, string spreadName, int cycleStart)
    {
        var cycle = spreadPath.GetRange(cycleStart, spreadPath.Count - cycleStart);
        var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => "`" + s.Name.Value + "`"));
        context.ReportError(ValidationErrors.Create(
            via.Length == 0
                ? $"The fragment `{spreadName}` cannot spread itself."
                : $"The fragment `{spreadName}` cannot spread itself, here through {via}.",
            SpecSections.FragmentSpreadsMustNotFormCycles,
            cycle,
            ("fragment", spreadName)));
    }

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
