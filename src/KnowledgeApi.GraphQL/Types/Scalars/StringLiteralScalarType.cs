using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// The shape shared by scalars that travel as strings (dates, UUIDs, URLs): a string literal or
/// variable is parsed into the runtime value, and the runtime value is formatted back.
/// </summary>
public abstract class StringLiteralScalarType<TRuntime> : ScalarType
    where TRuntime : notnull
{
    protected StringLiteralScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, typeof(TRuntime), description, specifiedByUrl)
    {
    }

    public sealed override bool IsInstanceOfType(IValueNode literal) =>
        literal is NullValueNode || (literal is StringValueNode s && TryParse(s.Value, out _));

    public sealed override object? ParseLiteral(IValueNode literal) => literal switch
    {
        NullValueNode => null,
        StringValueNode s when TryParse(s.Value, out var value) => value,
        _ => throw CannotCoerce(literal),
    };

    public sealed override object? ParseValue(object? value) => VariableValues.Unwrap(value) switch
    {
        null => null,
        string s when TryParse(s, out var parsed) => parsed,
        TRuntime runtime => runtime,
        var other => throw CannotCoerce(other),
    };

    public sealed override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        _ when TryFormat(runtimeValue, out var text) => text,
        _ => throw CannotCoerce(runtimeValue),
    };

    public sealed override IValueNode ToLiteral(object? runtimeValue) => Serialize(runtimeValue) is string s
        ? new StringValueNode(null, s, false)
        : new NullValueNode(null);

    protected abstract bool TryParse(string text, out TRuntime value);

    /// <summary>Formats a runtime value; may accept more CLR types than <typeparamref name="TRuntime"/> (DateTime for DateTimeOffset).</summary>
    protected abstract bool TryFormat(object runtimeValue, out string text);
}
