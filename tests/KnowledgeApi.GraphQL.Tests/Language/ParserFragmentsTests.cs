using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Tests.Language;

public sealed class ParserFragmentsTests
{
    [Fact]
    public void A_spread_of_a_name_is_a_fragment_spread_with_its_directives()
    {
        var selection = Selections("{ ...Friend @include(if: $x) }")[0];

        var spread = Assert.IsType<FragmentSpreadNode>(selection);
        Assert.Equal("Friend", spread.Name.Value);
        Assert.Equal("include", Assert.Single(spread.Directives).Name.Value);
    }

    [Fact]
    public void Inline_fragments_may_omit_the_type_condition()
    {
        var selections = Selections("{ ... on User { a } ... @skip(if: true) { b } ... { c } }");

        Assert.Equal("User", Assert.IsType<InlineFragmentNode>(selections[0]).TypeCondition?.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Null(untyped.TypeCondition);
        Assert.Single(untyped.Directives);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
    }

    [Fact]
    public void A_fragment_definition_has_a_name_type_condition_and_directives()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(Parser.Parse("fragment F on User @d { id }").Definitions[0]);

        Assert.Equal(("F", "User", "d"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives[0].Name.Value));
    }

    [Theory]
    [InlineData("fragment on on T { a }", 1, 10)]
    [InlineData("fragment F T { a }", 1, 12)]
    [InlineData("{ ... }", 1, 7)]
    [InlineData("{ ..a }", 1, 3)]
    public void Malformed_fragments_are_errors(string text, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));

        Assert.Equal((line, column), (error.Line, error.Column));
    }

    private static IReadOnlyList<ISelectionNode> Selections(string text) =>
        ((OperationDefinitionNode)Parser.Parse(text).Definitions[0]).SelectionSet.Selections;
}
