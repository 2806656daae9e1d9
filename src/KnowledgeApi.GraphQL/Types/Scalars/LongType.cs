using System.Globalization;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>Hot Chocolate's <c>Long</c>: a signed 64-bit integer, written as a JSON number.</summary>
public sealed class LongType() : ScalarType(
    "Long",
    typeof(long),
    "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
{
    public override bool IsInstanceOfType(IValueNode literal) => literal is IntValueNode or NullValueNode;

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        IntValueNode i when long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw CannotCoerce(literal),
    };

    public override object? ParseValue(object? value) => VariableValues.Unwrap(value) switch
    {
        null => null,
        int i => (long)i,
        long l => l,
        decimal m when m == decimal.Floor(m) && m is >= long.MinValue and <= long.MaxValue => (long)m,
        var other => throw CannotCoerce(other),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        long l => l,
        int or short or byte or sbyte or ushort or uint => Convert.ToInt64(runtimeValue, CultureInfo.InvariantCulture),
        _ => throw CannotCoerce(runtimeValue),
    };

    public override IValueNode ToLiteral(object? runtimeValue) => Serialize(runtimeValue) is long l
        ? new IntValueNode(null, l.ToString(CultureInfo.InvariantCulture))
        : new NullValueNode(null);
}
