using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Tests.Language;

public sealed class ParserOperationsTests
{
    [Fact]
    public void A_shorthand_query_is_an_anonymous_query_operation()
    {
        var document = Parser.Parse("{ a }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Each_operation_keyword_gives_its_operation_type(string text, OperationType expected)
    {
        var operation = (OperationDefinitionNode)Parser.Parse(text).Definitions[0];

        Assert.Equal(expected, operation.Operation);
        Assert.Equal("Q", operation.Name?.Value);
    }

    [Fact]
    public void Variables_have_types_defaults_and_directives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query Q($a: [Int!]! = [1] @x, $b: String) { f }").Definitions[0];

        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(a.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(Assert.Single(Assert.IsType<ListValueNode>(a.DefaultValue).Items)).Value);
        Assert.Equal("x", Assert.Single(a.Directives).Name.Value);
        Assert.Null(operation.VariableDefinitions[1].DefaultValue);
    }

    [Fact]
    public void Fields_have_aliases_arguments_directives_and_selections()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ alias: name(x: 1, y: $v) @skip(if: true) { sub } plain }").Definitions[0];

        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(("alias", "name"), (field.Alias?.Value, field.Name.Value));
        Assert.Equal(["x", "y"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal("skip", Assert.Single(field.Directives).Name.Value);
        Assert.Equal("sub", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
        var plain = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[1]);
        Assert.Null(plain.Alias);
        Assert.Null(plain.SelectionSet);
    }

    [Fact]
    public void Keywords_are_ordinary_field_names()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ query fragment on null true }").Definitions[0];

        Assert.Equal(["query", "fragment", "on", "null", "true"], operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
    }

    [Theory]
    [InlineData("{ }", 1, 3)]
    [InlineData("{ a(): Int }", 1, 5)]
    [InlineData("query Q($a) { f }", 1, 11)]
    [InlineData("query Q(a: Int) { f }", 1, 9)]
    [InlineData("{ a", 1, 4)]
    [InlineData("", 1, 1)]
    [InlineData("notakeyword { a }", 1, 1)]
    [InlineData("\"described\" query { a }", 1, 1)]
    public void Malformed_operations_are_errors_at_the_first_wrong_token(string text, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));

        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Nodes_carry_their_source_location()
    {
        var document = Parser.Parse("query Q {\n  alias: field\n}");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(new Location(0, 26, 1, 1), operation.Location);
        Assert.Equal(new Location(12, 24, 2, 3), field.Location);
        Assert.Equal(new Location(19, 24, 2, 10), field.Name.Location);
    }

    [Fact]
    public void No_locations_leaves_every_location_null()
    {
        var document = Parser.Parse("{ a(x: [1]) }", new ParserOptions { NoLocations = true });

        Assert.Null(document.Location);
        Assert.Null(((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Location);
    }

    [Fact]
    public void Utf8_bytes_and_strings_parse_to_the_same_tree()
    {
        var fromBytes = Parser.Parse("{ a(s: \"é\") }"u8);
        var fromString = Parser.Parse("{ a(s: \"é\") }");

        Assert.Equal(Printer.Print(fromString), Printer.Print(fromBytes));
        Assert.Equal(fromString.Definitions[0].Location, fromBytes.Definitions[0].Location);
    }
}
