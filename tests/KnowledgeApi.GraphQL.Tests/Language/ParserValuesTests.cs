using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Tests.Language;

public sealed class ParserValuesTests
{
    [Fact]
    public void Every_value_kind_is_parsed()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, 1.5, \"s\", \"\"\"b\"\"\", true, false, null, ENUM, $v, [2], {k: 3}]"));

        Assert.Equal("1", Assert.IsType<IntValueNode>(list.Items[0]).Value);
        Assert.Equal("1.5", Assert.IsType<FloatValueNode>(list.Items[1]).Value);
        Assert.False(Assert.IsType<StringValueNode>(list.Items[2]).Block);
        Assert.True(Assert.IsType<StringValueNode>(list.Items[3]).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(list.Items[4]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(list.Items[5]).Value);
        Assert.IsType<NullValueNode>(list.Items[6]);
        Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(list.Items[7]).Value);
        Assert.Equal("v", Assert.IsType<VariableNode>(list.Items[8]).Name.Value);
        Assert.IsType<ListValueNode>(list.Items[9]);
        var field = Assert.Single(Assert.IsType<ObjectValueNode>(list.Items[10]).Fields);
        Assert.Equal(("k", "3"), (field.Name.Value, ((IntValueNode)field.Value).Value));
    }

    [Fact]
    public void Float_values_keep_their_raw_text()
    {
        Assert.Equal("6.0200e+23", Assert.IsType<FloatValueNode>(Parser.ParseValue("6.0200e+23")).Value);
    }

    [Fact]
    public void Empty_lists_and_objects_are_values()
    {
        Assert.Empty(Assert.IsType<ListValueNode>(Parser.ParseValue("[]")).Items);
        Assert.Empty(Assert.IsType<ObjectValueNode>(Parser.ParseValue("{}")).Fields);
    }

    [Fact]
    public void A_constant_value_rejects_variables_at_the_dollar_sign()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("[1, $v]", constant: true));

        Assert.Equal((1, 5), (error.Line, error.Column));
        Assert.Contains("$v", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_in_a_default_value_is_an_error()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("query Q($a: Int = $b) { f }"));

        Assert.Equal((1, 19), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("{x 1}", 4)]
    [InlineData("[1", 3)]
    [InlineData("1 2", 3)]
    [InlineData(")", 1)]
    public void Malformed_values_are_errors(string text, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(text));

        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Fact]
    public void Type_references_nest_lists_and_non_null()
    {
        var type = Parser.ParseType("[[Int!]]!");

        var outer = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(type).Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type).Name.Value);
    }

    [Theory]
    [InlineData("Int!!")]
    [InlineData("[Int")]
    [InlineData("!")]
    public void Malformed_type_references_are_errors(string text)
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(text));
    }
}
