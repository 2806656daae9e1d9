using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// A leaf type: how its values are read from literals and variables, and written to responses.
/// Subclass it for a custom scalar.
/// </summary>
public abstract class ScalarType : TypeSystemObject
{
    protected ScalarType(string name, Type runtimeType, string? description = null, string? specifiedByUrl = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(runtimeType);
        Name = name;
        RuntimeType = runtimeType;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
    }

    public sealed override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>), or null.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>True when the literal has a kind this scalar accepts (<c>null</c> always does).</summary>
    public abstract bool IsInstanceOfType(IValueNode literal);

    /// <summary>A literal from a document into the runtime value; throws <see cref="LeafCoercionException"/> when it does not fit.</summary>
    public abstract object? ParseLiteral(IValueNode literal);

    /// <summary>A variable's value (string, bool, int, long, double, decimal, or a <c>JsonElement</c>) into the runtime value.</summary>
    public abstract object? ParseValue(object? value);

    /// <summary>A resolver's value into what the response writes (string, bool, int, long, double, decimal).</summary>
    public abstract object? Serialize(object? runtimeValue);

    /// <summary>A runtime value as a literal, used to print default values.</summary>
    public abstract IValueNode ToLiteral(object? runtimeValue);

    internal sealed override void Initialize(Building.SchemaBuildContext context)
    {
    }

    internal sealed override void Complete(Building.SchemaBuildContext context)
    {
    }

    /// <summary>The standard error for a value this scalar cannot take.</summary>
    protected LeafCoercionException CannotCoerce(object? value) =>
        new($"{Name} cannot represent the value {Describe(value)}.");

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IValueNode node => $"{node.Kind} literal",
        string s => $"\"{s}\"",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };
}

/// <summary>A value that does not fit a scalar or enum; the executor turns it into a GraphQL error.</summary>
public sealed class LeafCoercionException : Exception
{
    public LeafCoercionException()
    {
    }

    public LeafCoercionException(string message)
        : base(message)
    {
    }

    public LeafCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
