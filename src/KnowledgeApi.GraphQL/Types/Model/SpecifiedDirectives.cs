namespace KnowledgeApi.GraphQL.Types;

/// <summary>The directives every schema has, defined as the specification (and graphql-js 16) words them.</summary>
internal static class SpecifiedDirectives
{
    public static IReadOnlyList<DirectiveType> Create() =>
    [
        Specified(d => d
            .Name("include")
            .Description("Directs the executor to include this field or fragment only when the `if` argument is true.")
            .Location(DirectiveLocation.Field).Location(DirectiveLocation.FragmentSpread).Location(DirectiveLocation.InlineFragment)
            .Argument("if", a => a.Description("Included when true.").Type<NonNullType<BooleanType>>())),
        Specified(d => d
            .Name("skip")
            .Description("Directs the executor to skip this field or fragment when the `if` argument is true.")
            .Location(DirectiveLocation.Field).Location(DirectiveLocation.FragmentSpread).Location(DirectiveLocation.InlineFragment)
            .Argument("if", a => a.Description("Skipped when true.").Type<NonNullType<BooleanType>>())),
        Specified(d => d
            .Name("deprecated")
            .Description("Marks an element of a GraphQL schema as no longer supported.")
            .Location(DirectiveLocation.FieldDefinition).Location(DirectiveLocation.ArgumentDefinition)
            .Location(DirectiveLocation.InputFieldDefinition).Location(DirectiveLocation.EnumValue)
            .Argument("reason", a => a
                .Description("Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
                .Type<StringType>()
                .DefaultValue(Descriptors.DeprecationReasons.Default))),
        Specified(d => d
            .Name("specifiedBy")
            .Description("Exposes a URL that specifies the behavior of this scalar.")
            .Location(DirectiveLocation.Scalar)
            .Argument("url", a => a.Description("The URL that specifies the behavior of this scalar.").Type<NonNullType<StringType>>())),
        Specified(d => d
            .Name("oneOf")
            .Description("Indicates exactly one field must be supplied and this field must not be `null`.")
            .Location(DirectiveLocation.InputObject)),
    ];

    private static DirectiveType Specified(Action<IDirectiveTypeDescriptor> configure) => new(configure) { IsSpecified = true };
}
