using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Tests.Language;

public sealed class ParserTypeSystemTests
{
    [Fact]
    public void A_schema_definition_lists_its_root_operation_types()
    {
        var schema = Parse<SchemaDefinitionNode>("\"root\" schema @a { query: Q mutation: M subscription: S }");

        Assert.Equal("root", schema.Description?.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Object_types_have_descriptions_interfaces_directives_and_fields()
    {
        var type = Parse<ObjectTypeDefinitionNode>(""""
            """
              The type.
            """
            type T implements & A & B @d {
              "field" f(a: Int = 1 @x, "arg" b: [String!]!): Int! @deprecated(reason: "no")
              g: T
            }
            """");

        Assert.Equal("The type.", type.Description?.Value);
        Assert.True(type.Description?.Block);
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        var field = type.Fields[0];
        Assert.Equal(("field", "f"), (field.Description?.Value, field.Name.Value));
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("1", ((IntValueNode)field.Arguments[0].DefaultValue!).Value);
        Assert.Equal("arg", field.Arguments[1].Description?.Value);
        Assert.Equal("deprecated", Assert.Single(field.Directives).Name.Value);
    }

    [Fact]
    public void Interfaces_may_implement_interfaces()
    {
        var type = Parse<InterfaceTypeDefinitionNode>("interface I implements J { id: ID }");

        Assert.Equal("J", Assert.Single(type.Interfaces).Name.Value);
    }

    [Fact]
    public void Union_members_may_start_with_a_pipe()
    {
        var union = Parse<UnionTypeDefinitionNode>("union U = | A | B");

        Assert.Equal(["A", "B"], union.Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Enum_values_have_descriptions_and_directives()
    {
        var type = Parse<EnumTypeDefinitionNode>("enum E { \"first\" A @deprecated B }");

        Assert.Equal(["A", "B"], type.Values.Select(v => v.Name.Value));
        Assert.Equal("first", type.Values[0].Description?.Value);
    }

    [Theory]
    [InlineData("enum E { true }")]
    [InlineData("enum E { false }")]
    [InlineData("enum E { null }")]
    public void True_false_and_null_cannot_name_enum_values(string text)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));

        Assert.Equal((1, 10), (error.Line, error.Column));
    }

    [Fact]
    public void Input_objects_have_fields_with_defaults()
    {
        var input = Parse<InputObjectTypeDefinitionNode>("input I { a: Int = 1, b: In = {x: [1]} }");

        Assert.Equal(["a", "b"], input.Fields.Select(f => f.Name.Value));
        Assert.IsType<ObjectValueNode>(input.Fields[1].DefaultValue);
    }

    [Fact]
    public void Scalars_may_carry_directives()
    {
        var scalar = Parse<ScalarTypeDefinitionNode>("scalar Url @specifiedBy(url: \"https://url.spec.whatwg.org\")");

        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);
    }

    [Fact]
    public void Directive_definitions_may_be_repeatable_and_start_locations_with_a_pipe()
    {
        var directive = Parse<DirectiveDefinitionNode>("directive @key(fields: String!) repeatable on | OBJECT | INTERFACE");

        Assert.True(directive.IsRepeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        Assert.Equal("fields", Assert.Single(directive.Arguments).Name.Value);
    }

    [Theory]
    [InlineData("directive @a on FIELDS", 1, 17)]
    [InlineData("directive @a FIELD", 1, 14)]
    [InlineData("type T { f }", 1, 12)]
    [InlineData("union U = ", 1, 11)]
    [InlineData("schema { }", 1, 10)]
    public void Malformed_definitions_are_errors(string text, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));

        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Every_extension_kind_is_parsed()
    {
        var document = Parser.Parse("""
            extend schema @a { query: Q }
            extend scalar S @b
            extend type T implements I { f: Int }
            extend interface I @c
            extend union U = V
            extend enum E { X }
            extend input In { z: Int }
            """);

        Assert.Equal(
            [
                SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeExtension,
            ],
            document.Definitions.Select(d => d.Kind));
        Assert.Equal("I", Assert.Single(((ObjectTypeExtensionNode)document.Definitions[2]).Interfaces).Name.Value);
    }

    [Theory]
    [InlineData("extend scalar S")]
    [InlineData("extend type T")]
    [InlineData("extend interface I")]
    [InlineData("extend union U")]
    [InlineData("extend enum E")]
    [InlineData("extend input I")]
    [InlineData("extend schema")]
    [InlineData("extend thing T")]
    public void An_extension_that_adds_nothing_is_an_error(string text)
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));
    }

    private static T Parse<T>(string text)
        where T : IDefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(text).Definitions));
}
