using System.Reflection;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object: what introspection
/// calls <c>__InputValue</c>.
/// </summary>
public sealed class InputValue : IHasName
{
    internal InputValue(
        string name,
        string? description,
        IType type,
        IValueNode? defaultValue,
        string? deprecationReason,
        Type? runtimeType,
        PropertyInfo? property)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
        RuntimeType = runtimeType;
        Property = property;
    }

    public string Name { get; }

    public string? Description { get; }

    public IType Type { get; }

    /// <summary>The default as a literal (what SDL and introspection print); null when there is none.</summary>
    public IValueNode? DefaultValue { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The CLR type the coerced value is converted to (the parameter's or property's type), if known.</summary>
    public Type? RuntimeType { get; }

    /// <summary>For input object fields inferred from a class: the property the value is written to.</summary>
    public PropertyInfo? Property { get; }

    /// <summary><c>Type.field(arg:)</c>, <c>Input.field</c> or <c>@directive(arg:)</c>.</summary>
    public string Coordinate { get; internal set; } = string.Empty;

    /// <summary>The directives applied to the argument or input field in the schema (<c>@cost</c>...).</summary>
    public IReadOnlyList<IAppliedDirective> Directives { get; init; } = [];

    /// <summary>For <c>[ID]</c> arguments under global object identification: turns the coerced global ID into the raw id.</summary>
    internal Func<object?, object?>? GlobalIdParser { get; init; }

    public override string ToString() => $"{Name}: {Type.Print()}";
}
