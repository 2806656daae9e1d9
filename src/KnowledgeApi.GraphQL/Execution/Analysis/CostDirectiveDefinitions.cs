using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// The definitions of <c>@cost</c> and <c>@listSize</c> with Hot Chocolate 14's arguments and locations
/// (descriptions in our words). A schema gains them when one of its members uses the directive.
/// </summary>
internal static class CostDirectiveDefinitions
{
    public static DirectiveType Cost() => new(d => d
        .Name(CostDirective.DirectiveName)
        .Description("The weight a type, field or argument adds to the cost of an operation each time it appears, or may appear, in the result; static analysis sums these weights to refuse operations that are too expensive.")
        .Location(DirectiveLocation.Scalar)
        .Location(DirectiveLocation.Object)
        .Location(DirectiveLocation.FieldDefinition)
        .Location(DirectiveLocation.ArgumentDefinition)
        .Location(DirectiveLocation.Enum)
        .Location(DirectiveLocation.InputFieldDefinition)
        .Argument("weight", a => a
            .Description("The weight, a number written as a string (it may have a fraction).")
            .Type<NonNullType<StringType>>()));

    public static DirectiveType ListSize() => new(d => d
        .Name(ListSizeDirective.DirectiveName)
        .Description("Tells static analysis how long the list a field returns is: a fixed size, or the value of one of its slicing arguments, applied to the field itself or to some of its sub-fields.")
        .Location(DirectiveLocation.FieldDefinition)
        .Argument("assumedSize", a => a
            .Description("The largest number of items the list may hold.")
            .Type<IntType>())
        .Argument("slicingArguments", a => a
            .Description("The numeric arguments whose value is the list's length; with several, the largest value counts.")
            .Type("[String!]"))
        .Argument("slicingArgumentDefaultValue", a => a
            .Description("The length assumed when the query gives none of the slicing arguments.")
            .Type<IntType>())
        .Argument("sizedFields", a => a
            .Description("The sub-fields whose lists have that length instead of the field's own result (e.g. a connection's `edges` and `nodes`).")
            .Type("[String!]"))
        .Argument("requireOneSlicingArgument", a => a
            .Description("Whether a query must give exactly one of the slicing arguments.")
            .Type<BooleanType>()
            .DefaultValue(true)));
}
