using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Single root field: a subscription selects exactly one root field (after fragments are
/// expanded), and not an introspection field. https://spec.graphql.org/October2021/#sec-Single-root-field
/// </summary>
internal sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } rootType)
        {
            return;
        }

        var fields = new List<(string ResponseName, List<FieldNode> Nodes)>();
        Collect(context, rootType, node.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var operationName = node.Name?.Value;
        var subject = operationName is null ? "An anonymous subscription" : $"The subscription `{operationName}`";
        if (fields.Count > 1)
        {
            var extra = fields.Skip(1).SelectMany(f => f.Nodes).Cast<ISyntaxNode>().ToList();
            context.ReportError(ValidationErrors.Create(
                $"{subject} must select exactly one root field.",
                SpecSections.SingleRootField,
                extra,
                ("operation", operationName)));
        }

        foreach (var (_, nodes) in fields)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(ValidationErrors.Create(
                    $"{subject} must not select an introspection field as its root field.",
                    SpecSections.SingleRootField,
                    nodes,
                    ("operation", operationName)));
            }
        }
    }

    // The executor's field collection, without variables: a @skip or @include with a variable
    // condition keeps the selection, a constant one is honoured.
    private static void Collect(
        ValidationContext context,
        ObjectType rootType,
        SelectionSetNode selectionSet,
        List<(string ResponseName, List<FieldNode> Nodes)> fields,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (IsExcluded(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var responseName = (field.Alias ?? field.Name).Value;
                    var index = fields.FindIndex(f => f.ResponseName == responseName);
                    if (index < 0)
                    {
                        fields.Add((responseName, [field]));
                    }
                    else
                    {
                        fields[index].Nodes.Add(field);
                    }

                    break;
                case InlineFragmentNode inline when Applies(context, inline.TypeCondition, rootType):
                    Collect(context, rootType, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                    if (context.GetFragment(spread.Name.Value) is { } fragment && Applies(context, fragment.TypeCondition, rootType))
                    {
                        Collect(context, rootType, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    private static bool Applies(ValidationContext context, NamedTypeNode? condition, ObjectType rootType)
    {
        if (condition is null)
        {
            return true;
        }

        if (!context.Schema.TryGetType(condition.Name.Value, out var type))
        {
            return false;
        }

        return ReferenceEquals(type, rootType) || TypeRelations.IsSubType(context.Schema, type, rootType);
    }

    private static bool IsExcluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Arguments is [{ Name.Value: "if", Value: BooleanValueNode condition }])
            {
                if ((directive.Name.Value == "skip" && condition.Value) || (directive.Name.Value == "include" && !condition.Value))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
