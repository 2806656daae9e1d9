namespace KnowledgeApi.GraphQL.Types;

/// <summary>The directives every schema has, defined as the specification (and graphql-js 16) words them.</summary>
internal static class SpecifiedDirectives
{
    public static IReadOnlyList<DirectiveType> Create() =>
    [
        Specified(d => d
            .Name("include")
            .Description("Keeps the field or fragment in the result only when `if` is true.")
            .Location(DirectiveLocation.Field).Location(DirectiveLocation.FragmentSpread).Location(DirectiveLocation.InlineFragment)
            .Argument("if", a => a.Description("Whether to keep the field or fragment.").Type<NonNullType<BooleanType>>())),
        Specified(d => d
            .Name("skip")
            .Description("Leaves the field or fragment out of the result when `if` is true.")
            .Location(DirectiveLocation.Field).Location(DirectiveLocation.FragmentSpread).Location(DirectiveLocation.InlineFragment)
            .Argument("if", a => a.Description("Whether to leave the field or fragment out.").Type<NonNullType<BooleanType>>())),
        Specified(d => d
            .Name("deprecated")
            .Description("Marks a field, argument, input field or enum value that clients should stop using.")
            .Location(DirectiveLocation.FieldDefinition).Location(DirectiveLocation.ArgumentDefinition)
            .Location(DirectiveLocation.InputFieldDefinition).Location(DirectiveLocation.EnumValue)
            .Argument("reason", a => a
                .Description("Why the element is deprecated and what to use instead, in Markdown.")
                .Type<StringType>()
                .DefaultValue(Descriptors.DeprecationReasons.Default))),
        Specified(d => d
            .Name("specifiedBy")
            .Description("Points to the specification a custom scalar follows.")
            .Location(DirectiveLocation.Scalar)
            .Argument("url", a => a.Description("Where the specification can be read.").Type<NonNullType<StringType>>())),
        Specified(d => d
            .Name("oneOf")
            .Description("Requires exactly one field of the input object to be given, and not as null.")
            .Location(DirectiveLocation.InputObject)),
    ];

    private static DirectiveType Specified(Action<IDirectiveTypeDescriptor> configure) => new(configure) { IsSpecified = true };
}
