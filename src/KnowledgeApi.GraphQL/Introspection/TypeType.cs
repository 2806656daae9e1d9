using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Introspection;

/// <summary><c>__Type</c>: describes any type, named or a list / non-null wrapper; fields that do not apply to a kind are null.</summary>
internal static class TypeType
{
    public static void Configure(IObjectTypeDescriptor d)
    {
        d.Name("__Type").Description(
            "Describes one type of the schema. Depending on its kind, some fields are null: only object and interface types have "
            + "fields, only wrappers have ofType, and so on.");
        d.Field("kind").Type("__TypeKind!").Resolve(ctx => ctx.Parent<IType>().Kind);
        d.Field("name").Type("String").Resolve(ctx => (ctx.Parent<IType>() as INamedType)?.Name);
        d.Field("description").Type("String").Resolve(ctx => (ctx.Parent<IType>() as INamedType)?.Description);
        d.Field("specifiedByURL").Type("String").Resolve(ctx => (ctx.Parent<IType>() as ScalarType)?.SpecifiedByUrl);
        d.Field("fields").Type("[__Field!]")
            .Argument("includeDeprecated", a => a.Type<BooleanType>().DefaultValue(false))
            .Resolve(ctx => ctx.Parent<IType>() is IComplexOutputType complex
                ? IntrospectionTypes.Filter(complex.Fields, f => f.IsDeprecated, ctx).ToList()
                : null);
        d.Field("interfaces").Type("[__Type!]")
            .Resolve(ctx => (ctx.Parent<IType>() as IComplexOutputType)?.Interfaces);
        d.Field("possibleTypes").Type("[__Type!]")
            .Resolve(ctx => ctx.Parent<IType>() is IAbstractType abstractType ? ctx.Schema.GetPossibleTypes(abstractType) : null);
        d.Field("enumValues").Type("[__EnumValue!]")
            .Argument("includeDeprecated", a => a.Type<BooleanType>().DefaultValue(false))
            .Resolve(ctx => ctx.Parent<IType>() is EnumType enumType
                ? IntrospectionTypes.Filter(enumType.Values, v => v.IsDeprecated, ctx).ToList()
                : null);
        d.Field("inputFields").Type("[__InputValue!]")
            .Argument("includeDeprecated", a => a.Type<BooleanType>().DefaultValue(false))
            .Resolve(ctx => ctx.Parent<IType>() is InputObjectType input
                ? IntrospectionTypes.Filter(input.Fields, f => f.IsDeprecated, ctx).ToList()
                : null);
        d.Field("ofType").Type("__Type").Resolve(ctx => ctx.Parent<IType>() switch
        {
            NonNullType nonNull => nonNull.InnerType,
            ListType list => list.ElementType,
            _ => null,
        });
        d.Field("isOneOf").Type("Boolean").Resolve(ctx => ctx.Parent<IType>() is InputObjectType input ? input.IsOneOf : (bool?)null);
    }
}
