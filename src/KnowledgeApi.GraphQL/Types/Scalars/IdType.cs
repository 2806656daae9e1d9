using System.Globalization;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>The spec's <c>ID</c>: accepts string and integer input, always written as a string.</summary>
public sealed class IdType() : ScalarType(
    "ID",
    typeof(string),
    "An opaque identifier, written as a string; as input, a string or an integer is accepted.")
{
    public override bool IsInstanceOfType(IValueNode literal) => literal is StringValueNode or IntValueNode or NullValueNode;

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw CannotCoerce(literal),
    };

    public override object? ParseValue(object? value) => VariableValues.Unwrap(value) switch
    {
        null => null,
        string s => s,
        int or long => Convert.ToString(VariableValues.Unwrap(value), CultureInfo.InvariantCulture),
        var other => throw CannotCoerce(other),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        string s => s,
        int or long or short or Guid => Convert.ToString(runtimeValue, CultureInfo.InvariantCulture),
        _ => throw CannotCoerce(runtimeValue),
    };

    // graphql-js prints integer-looking IDs as Int literals; matching it keeps SDL identical.
    public override IValueNode ToLiteral(object? runtimeValue) => Serialize(runtimeValue) switch
    {
        string s when IsIntegerText(s) => new IntValueNode(null, s),
        string s => new StringValueNode(null, s, false),
        _ => new NullValueNode(null),
    };

    private static bool IsIntegerText(string s) =>
        s.Length > 0 && (s == "0" || (s[0] == '-' ? s.Length > 1 && s[1] != '0' && s[1..].All(char.IsAsciiDigit) : s[0] != '0' && s.All(char.IsAsciiDigit)));
}
