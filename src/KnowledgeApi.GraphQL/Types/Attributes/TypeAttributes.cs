namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// Makes the member's named type <c>ID</c>, keeping its list and nullability shape. When the schema
/// has a <see cref="SchemaOptions.GlobalIdSerializer"/> (Relay global object identification), an output
/// member's value is serialized as the global ID of its declaring type, or of <paramref name="typeName"/>
/// for foreign keys, and an argument's global ID is deserialized to the raw id (rejecting other types
/// when <paramref name="typeName"/> is given).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute(string? typeName = null) : Attribute
{
    /// <summary>The node type the ID belongs to; null for the declaring type (output) or any type (input).</summary>
    public string? TypeName { get; } = typeName;
}

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
