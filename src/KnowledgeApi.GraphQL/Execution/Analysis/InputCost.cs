using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// The cost of an argument's value: every input field written in it adds its weight (a filter's
/// <c>eq</c> 10, <c>contains</c> 20). A value given as a variable is unknown when the document is
/// analysed, so it counts as if every field of its input type were set (a <c>@oneOf</c> input: its
/// dearest field), recursive types once — Hot Chocolate's rule.
/// </summary>
internal sealed class InputCost
{
    private readonly Dictionary<InputObjectType, double> wholeTypeCost = [];
    private readonly HashSet<InputObjectType> inProgress = [];

    public double Of(IType type, IValueNode value)
    {
        switch (value)
        {
            case ObjectValueNode objectValue when type.NamedType() is InputObjectType inputType:
                var cost = 0.0;
                foreach (var fieldNode in objectValue.Fields)
                {
                    if (inputType.Fields.TryGetField(fieldNode.Name.Value, out var field))
                    {
                        cost += CostWeights.Of(field) + Of(field.Type, fieldNode.Value);
                    }
                }

                return cost;

            case ListValueNode list:
                var sum = 0.0;
                foreach (var item in list.Items)
                {
                    sum += Of(type, item);
                }

                return sum;

            case VariableNode when type.NamedType() is InputObjectType variableType:
                return WholeType(variableType);

            default:
                return 0;
        }
    }

    private double WholeType(InputObjectType type)
    {
        if (wholeTypeCost.TryGetValue(type, out var cached))
        {
            return cached;
        }

        if (!inProgress.Add(type))
        {
            // A type reached again through its own fields (and/or lists of filters): counted once.
            return 0;
        }

        var total = 0.0;
        foreach (var field in type.Fields)
        {
            var cost = CostWeights.Of(field) + (field.Type.NamedType() is InputObjectType nested ? WholeType(nested) : 0);
            total = type.IsOneOf ? Math.Max(total, cost) : total + cost;
        }

        wholeTypeCost[type] = total;
        return total;
    }
}
