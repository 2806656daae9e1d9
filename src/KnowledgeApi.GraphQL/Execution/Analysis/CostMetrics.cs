namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// The two costs of an operation from the IBM cost specification: <see cref="FieldCost"/> estimates
/// the work (resolvers, arguments, list sizes), <see cref="TypeCost"/> the objects the result may hold.
/// </summary>
public sealed record CostMetrics(double FieldCost, double TypeCost)
{
    /// <summary>The <c>operationCost</c> extension: <c>{ "fieldCost": 12, "typeCost": 3 }</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToExtension() => new Dictionary<string, object?>(2, StringComparer.Ordinal)
    {
        ["fieldCost"] = Number(FieldCost),
        ["typeCost"] = Number(TypeCost),
    };

    // Whole costs are written as integers (12, not 12.0), as Hot Chocolate's reports show them.
    internal static object Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? (long)value : value;
}
