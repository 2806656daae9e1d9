using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// Computes an operation's field cost and type cost the way Hot Chocolate 14's analyzer does
/// (IBM cost specification, https://ibm.github.io/graphql-specs/cost-spec.html):
/// <list type="bullet">
/// <item>a field adds its weight and its arguments' weights (plus the input fields written in them);</item>
/// <item>its sub-selection's costs are added, and multiplied by the list size when the field is a list —
/// the largest slicing argument given (<c>first</c>/<c>last</c>), else <c>slicingArgumentDefaultValue</c>,
/// else <c>assumedSize</c>, else 1; a connection's <c>@listSize</c> sizes its <c>edges</c> and <c>nodes</c>;</item>
/// <item>a field's type adds the type's weight to the type cost (objects 1, leaves 0), the root type once;</item>
/// <item>on an interface or union the dearest possible type counts; fields are merged by response name;</item>
/// <item><c>__typename</c>, <c>__schema</c> and <c>__type</c> cost nothing, so introspection always passes;</item>
/// <item><c>@skip</c>/<c>@include</c> are ignored: the analysis is an upper bound.</item>
/// </list>
/// One difference: slicing arguments given as variables take the request's value (the analysis runs
/// after variable coercion), where Hot Chocolate, caching costs per document, assumes <c>assumedSize</c>.
/// </summary>
internal sealed class CostAnalyzer(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables,
    CostOptions options)
{
    private readonly InputCost inputCost = new();

    // Field nodes reached again through fragments (the same AST nodes spread in many places) under the same
    // field and parent cost the same: computed once, so fragment fan-out stays linear.
    private readonly Dictionary<(FieldNodes, OutputField, OutputField?, IReadOnlyList<ArgumentNode>), (double, double)> fieldCosts = [];

    /// <exception cref="GraphQLException">A field with <c>requireOneSlicingArgument</c> got none or several (HC0082).</exception>
    public CostMetrics Analyze(OperationDefinitionNode operation, ObjectType rootType)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var (fieldCost, typeCost) = SelectionSetCost(rootType, [(operation.SelectionSet, rootType)], null, [], []);
        return new CostMetrics(fieldCost, typeCost + CostWeights.OfType(rootType));
    }

    private (double FieldCost, double TypeCost) SelectionSetCost(
        INamedType type,
        IReadOnlyList<(SelectionSetNode Set, INamedType Type)> selectionSets,
        OutputField? parentField,
        IReadOnlyList<ArgumentNode> parentArguments,
        List<string> path)
    {
        var fields = new List<(FieldNode Node, INamedType DeclaringType)>();
        foreach (var (set, declaringType) in selectionSets)
        {
            Collect(set, declaringType, fields, []);
        }

        if (type is ObjectType objectType)
        {
            return ObjectCost(objectType, fields, parentField, parentArguments, path);
        }

        // An abstract type: the dearest possible type decides each cost separately.
        var (maxField, maxType) = (0.0, 0.0);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            var (fieldCost, typeCost) = ObjectCost(possibleType, fields, parentField, parentArguments, path);
            (maxField, maxType) = (Math.Max(maxField, fieldCost), Math.Max(maxType, typeCost));
        }

        return (maxField, maxType);
    }

    private (double FieldCost, double TypeCost) ObjectCost(
        ObjectType objectType,
        List<(FieldNode Node, INamedType DeclaringType)> fields,
        OutputField? parentField,
        IReadOnlyList<ArgumentNode> parentArguments,
        List<string> path)
    {
        var (fieldCostSum, typeCostSum) = (0.0, 0.0);
        foreach (var (responseName, (field, nodes)) in ByResponseName(objectType, fields))
        {
            var key = (new FieldNodes([.. nodes]), field, parentField, parentArguments);
            if (!fieldCosts.TryGetValue(key, out var costs))
            {
                path.Add(responseName);
                costs = FieldCost(key.Item1.Nodes, field, parentField, parentArguments, path);
                path.RemoveAt(path.Count - 1);
                fieldCosts[key] = costs;
            }

            var (fieldCost, typeCost) = costs;
            fieldCostSum += fieldCost;
            typeCostSum += typeCost;
        }

        return (fieldCostSum, typeCostSum);
    }

    // Fields with one response name are one field (validation made them mergeable: same name and arguments),
    // so their sub-selections join. In order of first appearance; introspection fields cost nothing.
    private Dictionary<string, (OutputField Field, List<FieldNode> Nodes)> ByResponseName(
        ObjectType objectType, List<(FieldNode Node, INamedType DeclaringType)> fields)
    {
        var merged = new Dictionary<string, (OutputField Field, List<FieldNode> Nodes)>(StringComparer.Ordinal);
        foreach (var (node, declaringType) in fields)
        {
            var responseName = node.Alias?.Value ?? node.Name.Value;
            if (node.Name.Value.StartsWith("__", StringComparison.Ordinal) || !Applies(declaringType, objectType))
            {
                continue;
            }

            if (merged.TryGetValue(responseName, out var known))
            {
                if (known.Field.Name == node.Name.Value)
                {
                    known.Nodes.Add(node);
                }
            }
            else if (objectType.Fields.TryGetField(node.Name.Value, out var field))
            {
                merged.Add(responseName, (field, [node]));
            }
        }

        return merged;
    }

    // nodes: the field's nodes under one response name; the first gives arguments and locations.
    private (double FieldCost, double TypeCost) FieldCost(
        FieldNode[] nodes,
        OutputField field,
        OutputField? parentField,
        IReadOnlyList<ArgumentNode> parentArguments,
        List<string> path)
    {
        var node = nodes[0];
        var fieldCost = CostWeights.Of(field);
        var typeCost = CostWeights.OfType(field.Type);
        var listSize = CostWeights.ListSize(field);
        RequireOneSlicingArgument(listSize, node, path);

        foreach (var argumentNode in node.Arguments)
        {
            if (field.Arguments.TryGetField(argumentNode.Name.Value, out var argument) && argumentNode.Value is not NullValueNode)
            {
                var argumentCost = CostWeights.Of(argument) + inputCost.Of(argument.Type, argumentNode.Value);
                if (argumentNode.Value is VariableNode && CostWeights.IsFilterArgument(argument)
                    && options.Filtering.VariableMultiplier is { } multiplier)
                {
                    argumentCost *= multiplier;
                }

                fieldCost += argumentCost;
            }
        }

        var selectionCost = 0.0;
        if (node.SelectionSet is not null && field.Type.NamedType().Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union)
        {
            var named = field.Type.NamedType();
            var selectionSets = nodes.Where(n => n.SelectionSet is not null).Select(n => (n.SelectionSet!, named)).ToList();
            var (childField, childType) = SelectionSetCost(named, selectionSets, field, node.Arguments, path);
            selectionCost = childField;
            typeCost += childType;
        }

        if (CostWeights.IsList(field.Type))
        {
            var sizingField = field;
            var arguments = node.Arguments;
            if (listSize is null && parentField is not null && CostWeights.ListSize(parentField) is { } parentSize
                && parentSize.SizedFields.Contains(field.Name))
            {
                // edges/nodes of a connection: sized by the connection field's arguments.
                (listSize, sizingField, arguments) = (parentSize, parentField, parentArguments);
            }

            var size = Size(sizingField, arguments, listSize);
            typeCost *= size;
            selectionCost *= size;
        }

        // The specification rounds a negative field cost (negative weights are allowed) up to zero.
        return (Math.Max(0, fieldCost + selectionCost), typeCost);
    }

    private double Size(OutputField field, IReadOnlyList<ArgumentNode> arguments, ListSizeDirective? listSize)
    {
        if (listSize is null)
        {
            return 1;
        }

        if (listSize.SlicingArguments.Count > 0)
        {
            int? largest = null;
            foreach (var name in listSize.SlicingArguments)
            {
                if (SlicingValue(field, arguments, name) is { } value)
                {
                    largest = Math.Max(largest ?? int.MinValue, value);
                }
            }

            if (largest is { } given)
            {
                return given;
            }

            if (listSize.SlicingArgumentDefaultValue is { } pageSize)
            {
                return pageSize;
            }
        }

        return listSize.AssumedSize ?? 1;
    }

    // The argument's literal, the variable's value for this request, else the argument's default.
    private int? SlicingValue(OutputField field, IReadOnlyList<ArgumentNode> arguments, string name)
    {
        var node = arguments.FirstOrDefault(a => a.Name.Value == name);
        switch (node?.Value)
        {
            case IntValueNode literal when int.TryParse(literal.Value, out var value):
                return value;
            case VariableNode variable when variables.TryGetValue(variable.Name.Value, out var given) && given is not null:
                return given switch
                {
                    int number => number,
                    long number => (int)Math.Clamp(number, int.MinValue, int.MaxValue),
                    _ => null,
                };
        }

        return field.Arguments.TryGetField(name, out var argument) && argument.DefaultValue is IntValueNode defaultValue
            && int.TryParse(defaultValue.Value, out var fallback)
            ? fallback
            : null;
    }

    private void RequireOneSlicingArgument(ListSizeDirective? listSize, FieldNode node, List<string> path)
    {
        if (listSize is not { RequireOneSlicingArgument: true, SlicingArguments.Count: > 0 })
        {
            return;
        }

        var given = node.Arguments.Count(a => listSize.SlicingArguments.Contains(a.Name.Value) && a.Value is not NullValueNode
            && !(a.Value is VariableNode v && (!variables.TryGetValue(v.Name.Value, out var value) || value is null)));
        if (given != 1)
        {
            throw new GraphQLException(
                new GraphQLError("Exactly one slicing argument must be defined.")
                {
                    Path = [.. path],
                }
                .WithLocations(node)
                .WithCode(CostErrors.OneSlicingArgumentRequired));
        }
    }

    private bool Applies(INamedType declaringType, ObjectType objectType) =>
        declaringType == objectType || (declaringType is not ObjectType && schema.IsPossibleType(declaringType, objectType));

    private void Collect(SelectionSetNode set, INamedType declaringType, List<(FieldNode, INamedType)> fields, HashSet<string> visitedFragments)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.Add((field, declaringType));
                    break;
                case InlineFragmentNode inline:
                    Collect(inline.SelectionSet, TypeCondition(inline.TypeCondition) ?? declaringType, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                    && fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Collect(fragment.SelectionSet, TypeCondition(fragment.TypeCondition) ?? declaringType, fields, visitedFragments);
                    break;
            }
        }
    }

    private INamedType? TypeCondition(NamedTypeNode? condition) =>
        condition is not null && schema.TryGetType(condition.Name.Value, out var type) ? type : null;

    /// <summary>One field's nodes, equal to another group holding the same nodes (by reference) in the same order.</summary>
    private readonly struct FieldNodes(FieldNode[] nodes) : IEquatable<FieldNodes>
    {
        public FieldNode[] Nodes { get; } = nodes;

        public bool Equals(FieldNodes other) => Nodes.AsSpan().SequenceEqual(other.Nodes, ReferenceEqualityComparer.Instance);

        public override bool Equals(object? obj) => obj is FieldNodes other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var node in Nodes)
            {
                hash.Add(RuntimeHelpers.GetHashCode(node));
            }

            return hash.ToHashCode();
        }
    }
}
