using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Introspection;

/// <summary><c>__Field</c>: an output field of an object or interface type.</summary>
internal static class FieldType
{
    public static void Configure(IObjectTypeDescriptor d)
    {
        d.Name("__Field").Description("A field of an object or interface type: its name, arguments and type.");
        d.Field("name").Type("String!").Resolve(ctx => ctx.Parent<OutputField>().Name);
        d.Field("description").Type("String").Resolve(ctx => ctx.Parent<OutputField>().Description);
        d.Field("args").Type("[__InputValue!]!")
            .Argument("includeDeprecated", a => a.Type<BooleanType>().DefaultValue(false))
            .Resolve(ctx => IntrospectionTypes.Filter(ctx.Parent<OutputField>().Arguments, a => a.IsDeprecated, ctx).ToList());
        d.Field("type").Type("__Type!").Resolve(ctx => ctx.Parent<OutputField>().Type);
        d.Field("isDeprecated").Type("Boolean!").Resolve(ctx => ctx.Parent<OutputField>().IsDeprecated);
        d.Field("deprecationReason").Type("String").Resolve(ctx => ctx.Parent<OutputField>().DeprecationReason);
    }
}

/// <summary><c>__InputValue</c>: an argument or input field; <c>defaultValue</c> is the default printed as a GraphQL literal.</summary>
internal static class InputValueType
{
    public static void Configure(IObjectTypeDescriptor d)
    {
        d.Name("__InputValue").Description("An argument or input field: its name, type and default value.");
        d.Field("name").Type("String!").Resolve(ctx => ctx.Parent<InputValue>().Name);
        d.Field("description").Type("String").Resolve(ctx => ctx.Parent<InputValue>().Description);
        d.Field("type").Type("__Type!").Resolve(ctx => ctx.Parent<InputValue>().Type);
        d.Field("defaultValue").Type("String").Description("The default value written in GraphQL syntax, or null when there is none.")
            .Resolve(ctx => ctx.Parent<InputValue>().DefaultValue is { } value ? ValueLiteralPrinter.Print(value) : null);
        d.Field("isDeprecated").Type("Boolean!").Resolve(ctx => ctx.Parent<InputValue>().IsDeprecated);
        d.Field("deprecationReason").Type("String").Resolve(ctx => ctx.Parent<InputValue>().DeprecationReason);
    }
}

/// <summary><c>__EnumValue</c>: one value of an enum type.</summary>
internal static class EnumValueType
{
    public static void Configure(IObjectTypeDescriptor d)
    {
        d.Name("__EnumValue").Description("One of the values an enum type allows.");
        d.Field("name").Type("String!").Resolve(ctx => ctx.Parent<EnumValue>().Name);
        d.Field("description").Type("String").Resolve(ctx => ctx.Parent<EnumValue>().Description);
        d.Field("isDeprecated").Type("Boolean!").Resolve(ctx => ctx.Parent<EnumValue>().IsDeprecated);
        d.Field("deprecationReason").Type("String").Resolve(ctx => ctx.Parent<EnumValue>().DeprecationReason);
    }
}

/// <summary><c>__Directive</c>: a directive definition.</summary>
internal static class DirectiveTypeType
{
    public static void Configure(IObjectTypeDescriptor d)
    {
        d.Name("__Directive").Description("A directive the schema supports: where it may appear and which arguments it takes.");
        d.Field("name").Type("String!").Resolve(ctx => ctx.Parent<DirectiveType>().Name);
        d.Field("description").Type("String").Resolve(ctx => ctx.Parent<DirectiveType>().Description);
        d.Field("isRepeatable").Type("Boolean!").Resolve(ctx => ctx.Parent<DirectiveType>().IsRepeatable);
        d.Field("locations").Type("[__DirectiveLocation!]!").Resolve(ctx => ctx.Parent<DirectiveType>().Locations);
        d.Field("args").Type("[__InputValue!]!")
            .Argument("includeDeprecated", a => a.Type<BooleanType>().DefaultValue(false))
            .Resolve(ctx => IntrospectionTypes.Filter(ctx.Parent<DirectiveType>().Arguments, a => a.IsDeprecated, ctx).ToList());
    }
}
