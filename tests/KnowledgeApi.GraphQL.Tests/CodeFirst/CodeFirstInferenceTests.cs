using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.CodeFirst;

/// <summary>How single C# constructs become SDL, one rule per test.</summary>
public sealed class CodeFirstInferenceTests
{
    [Fact]
    public void Nullable_annotations_tasks_and_sequences_decide_the_field_types()
    {
        var sdl = PrintType<Nullability>("Nullability");

        Assert.Equal(
            """
            type Nullability {
              required: String!
              optional: String
              number: Int!
              maybeNumber: Int
              names: [String!]!
              sparseNames: [String]
              numbers: [Int!]!
              grid: [[Int]!]!
              later: String
              counts: [Long!]!
            }
            """,
            sdl);
    }

    [Fact]
    public void Type_attributes_override_what_was_inferred()
    {
        var sdl = PrintType<Overrides>("Overrides");

        Assert.Equal(
            """
            type Overrides {
              forcedRequired: String!
              forcedList: [String!]!
              ids: [ID]
              numericIds: [ID!]
              untyped: [Int!]
              money: Decimal!
            }
            """,
            sdl);
    }

    [Fact]
    public void Parameters_become_arguments_unless_they_are_the_parent_or_a_service()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<WithParameters>()
            .AddServices(new TestServices().Add(new IResolverContextHolder()))
            .Create();

        Assert.Equal(
            """
            type Query {
              echo(text: String!, times: Int, loud: Boolean! = false): String!
            }
            """,
            SchemaPrinter.PrintType(schema.QueryType));
    }

    [Fact]
    public void Xml_documentation_becomes_descriptions_unless_an_attribute_gives_one()
    {
        var schema = SchemaBuilder.New().AddQueryType<Documented>().Create();

        Assert.Equal(
            "\"\"\"The documented type.\"\"\"\n"
            + "type Query {\n"
            + "  \"\"\"The documented property, with a Documented reference.\"\"\"\n"
            + "  value: String!\n\n"
            + "  \"\"\"The attribute wins.\"\"\"\n"
            + "  both: String!\n\n"
            + "  \"\"\"Greets someone.\"\"\"\n"
            + "  greet(\n"
            + "    \"\"\"Who to greet.\"\"\"\n"
            + "    name: String!\n"
            + "  ): String!\n"
            + "}",
            SchemaPrinter.PrintType(schema.QueryType));
    }

    [Fact]
    public void Xml_documentation_can_be_switched_off()
    {
        var schema = SchemaBuilder.New().AddQueryType<Documented>().ModifyOptions(o => o.UseXmlDocumentation = false).Create();

        Assert.Null(schema.QueryType.Description);
        Assert.Equal("The attribute wins.", schema.QueryType.Fields["both"].Description);
    }

    [Fact]
    public void A_csharp_interface_that_extends_another_becomes_an_interface_implementing_an_interface()
    {
        var schema = SchemaBuilder.New().AddQueryType<ImagesQuery>().AddType<Photo>().Create();

        Assert.Equal("interface Image implements Resource {\n  width: Int!\n  uri: String!\n}", SchemaPrinter.PrintType(schema.GetType("Image")));
        Assert.Equal(
            "type Photo implements Image & Resource {\n  uri: String!\n  width: Int!\n  camera: String!\n}",
            SchemaPrinter.PrintType(schema.GetType("Photo")));
        Assert.Equal(["Photo"], schema.GetPossibleTypes(schema.GetType("Resource")).Select(t => t.Name));
    }

    [Fact]
    public void A_fluent_union_type_lists_its_members()
    {
        var schema = SchemaBuilder.New().AddQueryType<PetsQuery>().Create();

        Assert.Equal("\"\"\"A cat or a dog.\"\"\"\nunion Pet = Cat | Dog", SchemaPrinter.PrintType(schema.GetType("Pet")));
        Assert.Equal("Dog", schema.GetType<UnionType>("Pet").ResolveConcreteType(new Dog())?.Name);
    }

    [Fact]
    public void Binding_fields_explicitly_keeps_only_the_configured_ones()
    {
        var schema = SchemaBuilder.New().AddQueryType(new ObjectType(d => d.Name("Query").Field("explicit").Type<ExplicitType>().Resolve(_ => new Explicit()))).Create();

        Assert.Equal(
            "type Chosen {\n  shown: String! @deprecated\n\n  \"\"\"Counted by a method selected in an expression.\"\"\"\n  total(step: Int!, start: Int!): Int!\n}",
            SchemaPrinter.PrintType(schema.GetType("Chosen")));
    }

    [Fact]
    public void An_explicit_type_class_binds_its_clr_type_wherever_it_is_used()
    {
        var schema = SchemaBuilder.New().AddQueryType<TicketsQuery>().AddType<StatusType>().Create();

        Assert.Equal(
            "type Query {\n  status(filter: TicketStatus = ACTIVE): TicketStatus!\n}",
            SchemaPrinter.PrintType(schema.QueryType));
        Assert.Equal(
            "enum TicketStatus {\n  ACTIVE\n\n  \"\"\"Waiting for someone.\"\"\"\n  PAUSED\n}",
            SchemaPrinter.PrintType(schema.GetType("TicketStatus")));
    }

    [Fact]
    public void A_descriptor_attribute_can_create_types_once_per_schema_and_use_them_for_fields_and_arguments()
    {
        var schema = SchemaBuilder.New().AddQueryType<SummariesQuery>().Create();

        Assert.Equal(
            "type Query {\n  words(options: SummaryOptionsInput): Summary!\n  numbers(options: SummaryOptionsInput): Summary!\n}",
            SchemaPrinter.PrintType(schema.QueryType));
        Assert.Equal(
            3,
            schema.GetType<ObjectType>("Summary").Fields["count"].PureResolver!(FakeResolverContext.For(schema, "Summary", "count", new[] { 1, 2, 3 })));
    }

    [Fact]
    public void Schema_options_rename_the_roots_and_describe_the_schema()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<TicketsQuery>()
            .ModifyOptions(o =>
            {
                o.QueryTypeName = "Root";
                o.Description = "Tickets.";
            })
            .Build();

        Assert.StartsWith("\"\"\"Tickets.\"\"\"\nschema {\n  query: Root\n}\n\ntype Root {", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    private static string PrintType<T>(string name) =>
        SchemaPrinter.PrintType(SchemaBuilder.New().AddQueryType(new ObjectType(d => d.Name("Query").Field("root").Type<ObjectType<T>>().Resolve<object?>(_ => null))).Create().GetType(name));
}
