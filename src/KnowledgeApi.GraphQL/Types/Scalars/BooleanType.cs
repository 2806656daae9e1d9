using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>The spec's <c>Boolean</c>.</summary>
public sealed class BooleanType() : ScalarType("Boolean", typeof(bool), "Either true or false.")
{
    public override bool IsInstanceOfType(IValueNode literal) => literal is BooleanValueNode or NullValueNode;

    public override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        BooleanValueNode b => b.Value,
        _ => throw CannotCoerce(literal),
    };

    public override object? ParseValue(object? value) => VariableValues.Unwrap(value) switch
    {
        null => null,
        bool b => b,
        var other => throw CannotCoerce(other),
    };

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        bool b => b,
        _ => throw CannotCoerce(runtimeValue),
    };

    public override IValueNode ToLiteral(object? runtimeValue) => Serialize(runtimeValue) is bool b
        ? new BooleanValueNode(null, b)
        : new NullValueNode(null);
}
