using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Planning;

/// <summary>
/// The specification's CollectFields (§6.3.2): expands fragment spreads and inline fragments that
/// apply to the object type, drops selections excluded by <c>@skip</c>/<c>@include</c>, and groups
/// field nodes by response name in first-seen order. Fields the type does not have are left out
/// (validation reports them).
/// </summary>
internal static class FieldCollector
{
    public static SelectionSetPlan Collect(
        OperationPlan plan,
        ObjectType type,
        IReadOnlyList<SelectionSetNode> selectionSets,
        IReadOnlyDictionary<string, object?> variables,
        out bool dependsOnVariables)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var state = new CollectState(plan, type, variables, grouped, order, visited);
        foreach (var set in selectionSets)
        {
            CollectInto(state, set);
        }

        dependsOnVariables = state.DependsOnVariables;
        if (order.Count == 0)
        {
            return SelectionSetPlan.Empty;
        }

        var selections = new List<Selection>(order.Count);
        foreach (var responseName in order)
        {
            var nodes = grouped[responseName];
            if (CreateSelection(plan.Schema, type, responseName, nodes) is { } selection)
            {
                selections.Add(selection);
            }
        }

        return new SelectionSetPlan([.. selections]);
    }

    private static Selection? CreateSelection(Schema schema, ObjectType type, string responseName, List<FieldNode> nodes)
    {
        var fieldName = nodes[0].Name.Value;
        var meta = schema.MetaFields;
        if (fieldName == "__typename")
        {
            return new Selection(responseName, type, meta.TypeNameField, nodes, SelectionKind.TypeName);
        }

        if (type == schema.QueryType && fieldName == "__schema")
        {
            return new Selection(responseName, type, meta.SchemaField, nodes, SelectionKind.Introspection);
        }

        if (type == schema.QueryType && fieldName == "__type")
        {
            return new Selection(responseName, type, meta.TypeField, nodes, SelectionKind.Introspection);
        }

        return type.Fields.TryGetField(fieldName, out var field)
            ? new Selection(responseName, type, field, nodes, SelectionKind.Field)
            : null;
    }

    private static void CollectInto(CollectState state, SelectionSetNode set)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!IsIncluded(state, field.Directives))
                    {
                        break;
                    }

                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!state.Grouped.TryGetValue(responseName, out var nodes))
                    {
                        nodes = [];
                        state.Grouped.Add(responseName, nodes);
                        state.Order.Add(responseName);
                    }

                    nodes.Add(field);
                    break;

                case InlineFragmentNode inline:
                    if (IsIncluded(state, inline.Directives) && Applies(state, inline.TypeCondition?.Name.Value))
                    {
                        CollectInto(state, inline.SelectionSet);
                    }

                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!IsIncluded(state, spread.Directives) || state.Visited.Contains(name))
                    {
                        break;
                    }

                    state.Visited.Add(name);
                    if (state.Plan.Fragments.TryGetValue(name, out var fragment) && Applies(state, fragment.TypeCondition.Name.Value))
                    {
                        CollectInto(state, fragment.SelectionSet);
                    }

                    break;
            }
        }
    }

    private static bool Applies(CollectState state, string? typeCondition)
    {
        if (typeCondition is null || typeCondition == state.Type.Name)
        {
            return true;
        }

        return state.Plan.Schema.TryGetType(typeCondition, out var conditionType)
            && conditionType is IAbstractType
            && state.Plan.Schema.IsPossibleType(conditionType, state.Type);
    }

    private static bool IsIncluded(CollectState state, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = Condition(state, directive);
            if (name == "skip" && condition)
            {
                return false;
            }

            if (name == "include" && !condition)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Condition(CollectState state, DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
            {
                continue;
            }

            switch (argument.Value)
            {
                case BooleanValueNode boolean:
                    return boolean.Value;
                case VariableNode variable:
                    state.DependsOnVariables = true;
                    return state.Variables.TryGetValue(variable.Name.Value, out var value) && value is true;
            }
        }

        return false;
    }

    private sealed class CollectState(
        OperationPlan plan,
        ObjectType type,
        IReadOnlyDictionary<string, object?> variables,
        Dictionary<string, List<FieldNode>> grouped,
        List<string> order,
        HashSet<string> visited)
    {
        public OperationPlan Plan { get; } = plan;

        public ObjectType Type { get; } = type;

        public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

        public Dictionary<string, List<FieldNode>> Grouped { get; } = grouped;

        public List<string> Order { get; } = order;

        public HashSet<string> Visited { get; } = visited;

        public bool DependsOnVariables { get; set; }
    }
}
