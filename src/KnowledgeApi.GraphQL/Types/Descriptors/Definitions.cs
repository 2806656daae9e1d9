using System.Reflection;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types.Building;

namespace KnowledgeApi.GraphQL.Types.Descriptors;

// The mutable records descriptors fill in before the schema exists. Completion reads them once
// and builds the immutable runtime members (OutputField, InputValue, EnumValue).

/// <summary>An object or interface type being described.</summary>
internal sealed class ComplexTypeDefinition
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public Type? RuntimeType { get; set; }

    public List<OutputFieldDefinition> Fields { get; } = [];

    public List<TypeRef> Interfaces { get; } = [];

    public bool FieldsBoundExplicitly { get; set; }

    /// <summary>Authorization every field of the type requires (<c>descriptor.Authorize()</c> on the type).</summary>
    /// <summary>Directives applied to the type itself (<c>@cost</c>).</summary>
    public List<IAppliedDirective> Directives { get; } = [];

    public List<Authorization.AuthorizeDirective> AuthorizeDirectives { get; } = [];
}

/// <summary>A field of an object or interface type being described.</summary>
internal sealed class OutputFieldDefinition
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public TypeRef? Type { get; set; }

    /// <summary>The property or method the field was inferred from.</summary>
    public MemberInfo? Member { get; set; }

    public List<InputValueDefinition> Arguments { get; } = [];

    public string? DeprecationReason { get; set; }

    public bool Ignored { get; set; }

    public FieldResolverDelegate? Resolver { get; set; }

    public PureFieldDelegate? PureResolver { get; set; }

    public List<FieldMiddleware> Middleware { get; } = [];

    /// <summary>Directives applied to the field (<c>@cost</c>, <c>@listSize</c>...), printed in this order.</summary>
    public List<IAppliedDirective> Directives { get; } = [];

    /// <summary>Checked by the executor before the arguments are coerced and the middleware runs.</summary>
    public List<Authorization.AuthorizeDirective> AuthorizeDirectives { get; } = [];

    /// <summary>Keeps fields in declaration order however the descriptor reached them.</summary>
    public int Order { get; set; }
}

/// <summary>An argument, input field or directive argument being described.</summary>
internal sealed class InputValueDefinition
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public TypeRef? Type { get; set; }

    public bool HasDefaultValue { get; set; }

    /// <summary>A CLR default (from a parameter or the descriptor), turned into a literal at completion.</summary>
    public object? DefaultValue { get; set; }

    /// <summary>A default already written as a literal.</summary>
    public IValueNode? DefaultLiteral { get; set; }

    public string? DeprecationReason { get; set; }

    public bool Ignored { get; set; }

    public ParameterInfo? Parameter { get; set; }

    public PropertyInfo? Property { get; set; }

    public Type? RuntimeType { get; set; }

    public int Order { get; set; }

    /// <summary>Directives applied to the argument or input field, printed in this order.</summary>
    public List<IAppliedDirective> Directives { get; } = [];
}

internal sealed class InputObjectTypeDefinition
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public Type? RuntimeType { get; set; }

    public List<InputValueDefinition> Fields { get; } = [];

    public bool IsOneOf { get; set; }

    public bool FieldsBoundExplicitly { get; set; }
}

internal sealed class EnumTypeDefinition
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public Type? RuntimeType { get; set; }

    public List<EnumValueDefinition> Values { get; } = [];
}

internal sealed class EnumValueDefinition
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool Ignored { get; set; }

    public object Value { get; set; } = null!;
}

internal sealed class UnionTypeDefinition
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public Type? RuntimeType { get; set; }

    public List<TypeRef> Types { get; } = [];
}

internal sealed class DirectiveTypeDefinition
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public List<DirectiveLocation> Locations { get; } = [];

    public List<InputValueDefinition> Arguments { get; } = [];

    public bool IsRepeatable { get; set; }
}
