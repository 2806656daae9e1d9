using System.Globalization;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>The spec's <c>Float</c>: a double-precision number; integer literals are accepted too.</summary>
public sealed class FloatType() : ScalarType(
    "Float",
    typeof(double),
    "A signed double-precision (IEEE 754) number.")
{
    public override bool IsInstanceOfType(IValueNode literal) => literal is IntValueNode or FloatValueNode or NullValueNode;

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw CannotCoerce(literal),
    };

    public override object? ParseValue(object? value) => VariableValues.Unwrap(value) switch
    {
        null => null,
        double d => d,
        int or long or decimal or float => Convert.ToDouble(VariableValues.Unwrap(value), CultureInfo.InvariantCulture),
        var other => throw CannotCoerce(other),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => (double)f,
        int or long or short or byte or decimal => Convert.ToDouble(runtimeValue, CultureInfo.InvariantCulture),
        _ => throw CannotCoerce(runtimeValue),
    };

    // Like graphql-js's astFromValue: a whole number prints as an Int literal (1.0 → 1).
    public override IValueNode ToLiteral(object? runtimeValue)
    {
        if (Serialize(runtimeValue) is not double d)
        {
            return new NullValueNode(null);
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return d == Math.Floor(d) && Math.Abs(d) < 1e21
            ? new IntValueNode(null, ((decimal)d).ToString(CultureInfo.InvariantCulture))
            : new FloatValueNode(null, text.Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal));
    }
}
