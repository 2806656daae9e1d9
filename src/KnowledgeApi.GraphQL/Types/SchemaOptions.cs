namespace KnowledgeApi.GraphQL.Types;

/// <summary>Switches for schema building, changed with <c>SchemaBuilder.ModifyOptions</c>.</summary>
public sealed class SchemaOptions
{
    /// <summary>The name of the query root type.</summary>
    public string QueryTypeName { get; set; } = "Query";

    /// <summary>The name of the mutation root type.</summary>
    public string MutationTypeName { get; set; } = "Mutation";

    /// <summary>The name of the subscription root type.</summary>
    public string SubscriptionTypeName { get; set; } = "Subscription";

    /// <summary>The schema's description (printed above <c>schema { }</c>, returned by <c>__schema.description</c>).</summary>
    public string? Description { get; set; }

    /// <summary>Reads <c>/// &lt;summary&gt;</c> XML documentation as descriptions when no attribute gives one.</summary>
    public bool UseXmlDocumentation { get; set; } = true;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> are answered; <c>__typename</c> always is.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// Turns <c>[ID]</c> members and arguments into global IDs; null (the default) leaves them plain
    /// <c>ID</c> values, as Hot Chocolate does without global object identification.
    /// </summary>
    public IGlobalIdSerializer? GlobalIdSerializer { get; set; }
}
