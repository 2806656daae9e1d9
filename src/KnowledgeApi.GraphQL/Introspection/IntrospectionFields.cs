using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Introspection;

/// <summary>
/// The meta-fields any selection may ask for without the type declaring them: <c>__typename</c>
/// on every object, and <c>__schema</c> and <c>__type(name:)</c> on the query root.
/// </summary>
public sealed class IntrospectionFields
{
    internal IntrospectionFields(Schema schema)
    {
        var queryType = schema.QueryType;
        SchemaField = new OutputField(
            "__schema",
            "Access the current type schema of this server.",
            new NonNullType(schema.GetType("__Schema")),
            new FieldCollection<InputValue>([]),
            null,
            null,
            null,
            ctx => ctx.Schema,
            [])
        {
            DeclaringType = queryType,
        };

        var nameArgument = new InputValue("name", null, new NonNullType(schema.GetType("String")), null, null, typeof(string), null)
        {
            Coordinate = $"{queryType.Name}.__type(name:)",
        };
        TypeField = new OutputField(
            "__type",
            "Request the type information of a single type.",
            schema.GetType("__Type"),
            new FieldCollection<InputValue>([nameArgument]),
            null,
            null,
            null,
            ctx => ctx.Schema.TryGetType(ctx.ArgumentValue<string>("name"), out var type) ? type : null,
            [])
        {
            DeclaringType = queryType,
        };

        TypeNameField = new OutputField(
            "__typename",
            "The name of the current Object type at runtime.",
            new NonNullType(schema.GetType("String")),
            new FieldCollection<InputValue>([]),
            null,
            null,
            null,
            ctx => ctx.ObjectType.Name,
            [])
        {
            DeclaringType = queryType,
        };
    }

    /// <summary><c>__schema: __Schema!</c>, on the query type only.</summary>
    public OutputField SchemaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, on the query type only.</summary>
    public OutputField TypeField { get; }

    /// <summary><c>__typename: String!</c>, on every object, interface and union selection.</summary>
    public OutputField TypeNameField { get; }
}
