using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>The spec's <c>String</c>: UTF-8 text.</summary>
public sealed class StringType() : ScalarType(
    "String",
    typeof(string),
    "Text, as a sequence of Unicode characters.")
{
    public override bool IsInstanceOfType(IValueNode literal) => literal is StringValueNode or NullValueNode;

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        StringValueNode s => s.Value,
        _ => throw CannotCoerce(literal),
    };

    public override object? ParseValue(object? value) => VariableValues.Unwrap(value) switch
    {
        null => null,
        string s => s,
        var other => throw CannotCoerce(other),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        string s => s,
        char c => c.ToString(),
        _ => throw CannotCoerce(runtimeValue),
    };

    public override IValueNode ToLiteral(object? runtimeValue) => Serialize(runtimeValue) is string s
        ? new StringValueNode(null, s, false)
        : new NullValueNode(null);
}
