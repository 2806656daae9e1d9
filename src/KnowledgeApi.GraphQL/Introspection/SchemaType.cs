using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Introspection;

/// <summary><c>__Schema</c>: the root of introspection; its parent value is the <see cref="Types.Schema"/>.</summary>
internal static class SchemaType
{
    public static void Configure(IObjectTypeDescriptor d)
    {
        d.Name("__Schema").Description("Everything a client can learn about this GraphQL service: its types, root operation types and directives.");
        d.Field("description").Type("String").Resolve(ctx => ctx.Parent<Schema>().Description);
        d.Field("types").Type("[__Type!]!").Description("All named types of the schema.")
            .Resolve(ctx => ctx.Parent<Schema>().Types);
        d.Field("queryType").Type("__Type!").Description("The type queries start from.")
            .Resolve(ctx => ctx.Parent<Schema>().QueryType);
        d.Field("mutationType").Type("__Type").Description("The type mutations start from, if the schema has mutations.")
            .Resolve(ctx => ctx.Parent<Schema>().MutationType);
        d.Field("subscriptionType").Type("__Type").Description("The type subscriptions start from, if the schema has subscriptions.")
            .Resolve(ctx => ctx.Parent<Schema>().SubscriptionType);
        d.Field("directives").Type("[__Directive!]!").Description("The directives the schema supports.")
            .Resolve(ctx => ctx.Parent<Schema>().Directives);
    }
}
