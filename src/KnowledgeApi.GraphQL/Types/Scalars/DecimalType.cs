using System.Globalization;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>Hot Chocolate's <c>Decimal</c>: a .NET decimal, written as a JSON number.</summary>
public sealed class DecimalType() : ScalarType("Decimal", typeof(decimal), "The built-in `Decimal` scalar type.")
{
    public override bool IsInstanceOfType(IValueNode literal) => literal is IntValueNode or FloatValueNode or NullValueNode;

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        IntValueNode i when decimal.TryParse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) => m,
        FloatValueNode f when decimal.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) => m,
        _ => throw CannotCoerce(literal),
    };

    public override object? ParseValue(object? value) => VariableValues.Unwrap(value) switch
    {
        null => null,
        decimal m => m,
        int or long => Convert.ToDecimal(VariableValues.Unwrap(value), CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => (decimal)d,
        var other => throw CannotCoerce(other),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        decimal m => m,
        int or long or short or byte => Convert.ToDecimal(runtimeValue, CultureInfo.InvariantCulture),
        _ => throw CannotCoerce(runtimeValue),
    };

    public override IValueNode ToLiteral(object? runtimeValue) => Serialize(runtimeValue) is decimal m
        ? (m == decimal.Floor(m)
            ? new IntValueNode(null, decimal.Truncate(m).ToString(CultureInfo.InvariantCulture))
            : new FloatValueNode(null, m.ToString(CultureInfo.InvariantCulture)))
        : new NullValueNode(null);
}
