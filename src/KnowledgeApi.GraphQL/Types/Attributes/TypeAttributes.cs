namespace KnowledgeApi.GraphQL.Types;

/// <summary>Makes the member's named type <c>ID</c>, keeping its list and nullability shape.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute : Attribute;

/// <summary>
/// Overrides the inferred type: either a schema type class (<c>typeof(NonNullType&lt;StringType&gt;)</c>)
/// or SDL type syntax (<c>"[String!]!"</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLTypeAttribute : Attribute
{
    public GraphQLTypeAttribute(Type type) => Type = type;

    public GraphQLTypeAttribute(string typeSyntax) => TypeSyntax = typeSyntax;

    public Type? Type { get; }

    public string? TypeSyntax { get; }
}

/// <summary>The generic form: <c>[GraphQLType&lt;NonNullType&lt;StringType&gt;&gt;]</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLTypeAttribute<TSchemaType> : Attribute
    where TSchemaType : class;

/// <summary>
/// Makes the inferred type non-null. Without arguments only the outer type changes; with
/// arguments each flag says, from the outside in, whether that level stays nullable.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLNonNullTypeAttribute(params bool[] nullable) : Attribute
{
    public IReadOnlyList<bool> Nullable { get; } = nullable.Length == 0 ? [false] : nullable;
}
