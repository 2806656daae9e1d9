using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Types;

/// <summary>One test per type-system rule: the build fails and the message names the type and field at fault.</summary>
public sealed class SchemaValidationTests
{
    [Fact]
    public void A_valid_schema_builds()
    {
        var schema = SchemaBuilder.New().AddQueryType<OkQuery>().Create();

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("hello", Assert.Single(schema.QueryType.Fields).Name);
    }

    [Fact]
    public void A_schema_without_a_query_type_is_rejected()
    {
        var error = Fails(SchemaBuilder.New());

        Assert.Contains(error.Errors, e => e.Message.Contains("no query type", StringComparison.Ordinal));
    }

    [Fact]
    public void A_root_type_that_is_not_an_object_type_is_rejected()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<OkQuery>().AddMutationType<ChoiceType>());

        AssertError(error, "ChoiceInput", "must be an object type");
    }

    [Fact]
    public void The_same_type_cannot_be_two_roots()
    {
        var root = new ObjectType<OkQuery>();

        var error = Fails(SchemaBuilder.New().AddQueryType(root).AddMutationType(root));

        AssertError(error, "OkQuery", "query and mutation");
    }

    [Fact]
    public void Names_must_not_start_with_two_underscores()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<BadlyNamed>());

        AssertError(error, "Query.__secret", "reserved for introspection");
    }

    [Fact]
    public void Names_must_use_only_letters_digits_and_underscores()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<BadlyNamed>());

        AssertError(error, "Query.not-valid", "invalid name");
    }

    [Fact]
    public void Two_types_with_one_name_are_rejected()
    {
        var error = Fails(SchemaBuilder.New()
            .AddQueryType<OkQuery>()
            .AddType(new ObjectType<OkQuery>(d => d.Name("Twin")))
            .AddType(new ObjectType<NoFields>(d => d.Name("Twin").Field("x").Type<StringType>().Resolve(_ => "x"))));

        AssertError(error, "Twin", "must be unique");
    }

    [Fact]
    public void An_object_type_needs_at_least_one_field()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<HoldsNoFields>());

        AssertError(error, "NoFields", "one or more fields");
    }

    [Fact]
    public void Field_names_must_be_unique()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<RenamedTwice>());

        AssertError(error, "Query.same", "more than once");
    }

    [Fact]
    public void An_implementation_must_provide_every_interface_field()
    {
        var error = Fails(SchemaBuilder.New()
            .AddQueryType<OkQuery>()
            .AddType(new ObjectType(d => d.Name("Anonymous").Implements<InterfaceType<INamed>>().Field("id").Type<StringType>().Resolve(_ => "1"))));

        AssertError(error, "Anonymous.name", "is missing");
    }

    [Fact]
    public void An_implementation_field_type_must_be_a_subtype_of_the_interface_field_type()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<NamedListsQuery>().AddType<INamed>());

        AssertError(error, "NamedWithWrongType.greeting", "expects type String! but NamedWithWrongType.greeting is type Int");
    }

    [Fact]
    public void An_implementation_argument_must_have_the_interface_argument_type()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<NamedListsQuery>().AddType<INamed>());

        AssertError(error, "NamedWithWrongArgument.greeting(language:)", "expects type String!");
    }

    [Fact]
    public void Arguments_an_implementation_adds_must_be_optional()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<NamedListsQuery>().AddType<INamed>());

        AssertError(error, "NamedWithExtraRequiredArgument.greeting(tone:)", "must be optional");
    }

    [Fact]
    public void Interfaces_of_an_implemented_interface_must_be_implemented_too()
    {
        var error = Fails(SchemaBuilder.New()
            .AddQueryType<OkQuery>()
            .AddType(new OuterInterfaceType())
            .AddType(new ObjectType(d => d.Name("Thing").Implements<OuterInterfaceType>().Field("id").Type<StringType>().Resolve(_ => "1"))));

        AssertError(error, "Thing", "must implement Inner because it is implemented by Outer");
    }

    [Fact]
    public void A_union_needs_at_least_one_member()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<EmptyUnionQuery>());

        AssertError(error, "Nothing", "one or more member types");
    }

    [Fact]
    public void An_enum_needs_at_least_one_value()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<EnumsQuery>());

        AssertError(error, "Hidden", "one or more values");
    }

    [Fact]
    public void Enum_values_cannot_be_named_true_false_or_null()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<EnumsQuery>());

        AssertError(error, "Truthy.true", "cannot be named true, false or null");
    }

    [Fact]
    public void An_input_object_needs_at_least_one_field()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<EmptyInputQuery>());

        AssertError(error, "EmptyInput", "one or more fields");
    }

    [Fact]
    public void An_input_object_cannot_reach_itself_through_non_null_fields()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<InputsQuery>());

        AssertError(error, "LoopInput.next", "references itself");
        AssertError(error, "LoopAInput.b", "LoopBInput.a");
        Assert.DoesNotContain(error.Errors, e => e.Message.Contains("OptionalLoop", StringComparison.Ordinal));
    }

    [Fact]
    public void One_of_input_fields_must_be_nullable_and_have_no_default()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<ChoiceQuery>().AddType<ChoiceType>());

        AssertError(error, "ChoiceInput.text", "must be nullable");
        AssertError(error, "ChoiceInput.number", "cannot have a default value");
    }

    [Fact]
    public void Required_arguments_and_input_fields_cannot_be_deprecated()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<DeprecationQuery>());

        AssertError(error, "Query.run(mode:)", "cannot be deprecated");
        AssertError(error, "DeprecatedRequiredInput.old", "cannot be deprecated");
    }

    [Fact]
    public void A_field_cannot_have_an_input_object_type()
    {
        var error = Fails(SchemaBuilder.New()
            .AddQueryType(new ObjectType(d => d.Name("Query").Field("choice").Type<InputObjectType<Choice>>().Resolve<object?>(_ => null))));

        AssertError(error, "Query.choice", "must have an output type");
    }

    [Fact]
    public void An_argument_cannot_have_an_output_type()
    {
        var error = Fails(SchemaBuilder.New()
            .AddQueryType(new ObjectType(d => d.Name("Query").Field("x").Type<StringType>()
                .Argument("who", a => a.Type<ObjectType<OkQuery>>()).Resolve(_ => "x"))));

        AssertError(error, "Query.x(who:)", "must have an input type");
    }

    [Fact]
    public void A_field_without_a_resolver_is_rejected()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType(new ObjectType(d => d.Name("Query").Field("lonely").Type<StringType>())));

        AssertError(error, "Query.lonely", "no resolver");
    }

    [Fact]
    public void A_clr_type_without_a_graphql_type_is_rejected()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<UnsupportedQuery>());

        AssertError(error, "Query.anything", "Object");
        AssertError(error, "Query.take(callback:)", "Action");
    }

    [Fact]
    public void Malformed_type_syntax_is_rejected()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType(new ObjectType(d => d.Name("Query").Field("x").Type("[String!").Resolve(_ => "x"))));

        AssertError(error, "x", "not valid GraphQL type syntax");
    }

    [Fact]
    public void A_default_value_that_does_not_fit_the_type_is_rejected()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<BadDefaultQuery>());

        AssertError(error, "Query.count(size:)", "does not fit its type Int");
    }

    [Fact]
    public void A_directive_needs_a_location_and_a_unique_name()
    {
        var error = Fails(SchemaBuilder.New()
            .AddQueryType<OkQuery>()
            .AddDirectiveType(new DirectiveType(d => d.Name("nowhere")))
            .AddDirectiveType(new DirectiveType(d => d.Name("skip").Location(DirectiveLocation.Field))));

        AssertError(error, "@nowhere", "one or more locations");
        AssertError(error, "@skip", "more than once");
    }

    [Fact]
    public void A_descriptor_lambda_that_selects_no_member_is_reported_with_its_type_class()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType(new ObjectType<OkQuery>(d => d.Field(q => q.Hello.Length + 1).Name("sum"))));

        AssertError(error, "ObjectType`1", "does not select a property or method");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Fails(SchemaBuilder.New().AddQueryType<NamedListsQuery>().AddType<INamed>());

        Assert.True(error.Errors.Count >= 3, error.Message);
        Assert.Contains("3 errors", error.Message, StringComparison.Ordinal);
    }

    private static SchemaException Fails(SchemaBuilder builder) => Assert.Throws<SchemaException>(builder.Create);

    private static void AssertError(SchemaException error, string coordinate, string text) =>
        Assert.True(
            error.Errors.Any(e => e.Message.Contains(coordinate, StringComparison.Ordinal) && e.Message.Contains(text, StringComparison.Ordinal)),
            $"No error names '{coordinate}' and says '{text}'. Errors:\n{error.Message}");

    private sealed class OuterInterfaceType : InterfaceType
    {
        protected override void Configure(IInterfaceTypeDescriptor descriptor) =>
            descriptor.Name("Outer").Implements<InnerInterfaceType>().Field("id").Type<StringType>();
    }

    private sealed class InnerInterfaceType : InterfaceType
    {
        protected override void Configure(IInterfaceTypeDescriptor descriptor) =>
            descriptor.Name("Inner").Field("id").Type<StringType>();
    }
}
