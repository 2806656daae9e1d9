using System.Globalization;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// <c>@cost(weight: "10")</c> from the IBM cost specification, as Hot Chocolate 14 defines it: the weight
/// a field, argument, input field or type adds to an operation's cost. The weight is a string in SDL
/// (the specification allows fractions) and a number here.
/// </summary>
public sealed class CostDirective : IAppliedDirective
{
    public const string DirectiveName = "cost";

    public CostDirective(double weight)
    {
        if (double.IsNaN(weight) || double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A cost weight must be a finite number.");
        }

        Weight = weight;
        Arguments = [new("weight", weight.ToString(CultureInfo.InvariantCulture))];
    }

    public double Weight { get; }

    /// <summary>
    /// Marks the default weight of a filter's <c>where</c> argument: given as a variable, its unknown
    /// content counts <see cref="FilterCostOptions.VariableMultiplier"/> times. Not part of the SDL.
    /// </summary>
    public bool IsFilterArgument { get; init; }

    public string Name => DirectiveName;

    public IReadOnlyList<KeyValuePair<string, object>> Arguments { get; }

    public DirectiveType CreateDefinition() => CostDirectiveDefinitions.Cost();

    /// <summary>Reads the SDL form of a weight (<c>"10"</c>, <c>"2.5"</c>).</summary>
    public static CostDirective Parse(string weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        return double.TryParse(weight, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new CostDirective(value)
            : throw new ArgumentException($"The cost weight '{weight}' is not a number.", nameof(weight));
    }

    public override string ToString() => $"@cost(weight: \"{Arguments[0].Value}\")";
}
