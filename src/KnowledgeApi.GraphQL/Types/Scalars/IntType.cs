using System.Globalization;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>The spec's <c>Int</c>: a signed 32-bit integer.</summary>
public sealed class IntType() : ScalarType(
    "Int",
    typeof(int),
    "A signed 32-bit whole number.")
{
    public override bool IsInstanceOfType(IValueNode literal) => literal is IntValueNode or NullValueNode;

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        IntValueNode i when int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw CannotCoerce(literal),
    };

    public override object? ParseValue(object? value) => VariableValues.Unwrap(value) switch
    {
        null => null,
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        decimal m when m == decimal.Floor(m) && m is >= int.MinValue and <= int.MaxValue => (int)m,
        var other => throw CannotCoerce(other),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        int i => i,
        short or byte or sbyte or ushort => Convert.ToInt32(runtimeValue, CultureInfo.InvariantCulture),
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        uint u when u <= int.MaxValue => (int)u,
        _ => throw CannotCoerce(runtimeValue),
    };

    public override IValueNode ToLiteral(object? runtimeValue) => Serialize(runtimeValue) is int i
        ? new IntValueNode(null, i.ToString(CultureInfo.InvariantCulture))
        : new NullValueNode(null);
}
