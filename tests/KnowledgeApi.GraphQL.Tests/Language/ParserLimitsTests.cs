using System.Text;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Tests.Language;

public sealed class ParserLimitsTests
{
    [Fact]
    public void A_hundred_thousand_nested_braces_are_a_syntax_error_not_a_stack_overflow()
    {
        var text = string.Concat(Enumerable.Repeat("{a", 100_000)) + new string('}', 100_000);

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, new ParserOptions { MaxTokens = 1_000_000 }));

        Assert.Contains("nests deeper", error.Message, StringComparison.Ordinal);
        Assert.Equal("HC0011", error.Code);
    }

    [Fact]
    public void A_hundred_thousand_nested_brackets_are_a_syntax_error_not_a_stack_overflow()
    {
        var text = "{ a(x: " + new string('[', 100_000) + new string(']', 100_000) + ") }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, new ParserOptions { MaxTokens = 1_000_000 }));

        Assert.Contains("nests deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_list_types_and_objects_hit_the_depth_limit()
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(new string('[', 100_000) + "Int" + new string(']', 100_000)));
        var objects = string.Concat(Enumerable.Repeat("{a:", 100_000)) + "1" + new string('}', 100_000);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(objects, options: new ParserOptions { MaxTokens = 1_000_000 }));
    }

    [Fact]
    public void The_depth_limit_counts_levels_exactly()
    {
        static string Nested(int depth) => string.Concat(Enumerable.Repeat("{a", depth)) + new string('}', depth);
        var options = new ParserOptions { MaxDepth = 5 };

        Parser.Parse(Nested(5), options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(Nested(6), options));

        Assert.Equal((1, 11), (error.Line, error.Column));
    }

    [Fact]
    public void Documents_over_the_token_limit_are_rejected_at_the_first_token_too_many()
    {
        var text = "{ " + string.Join(' ', Enumerable.Range(0, 10).Select(i => "f" + i)) + " }";

        Parser.Parse(text, new ParserOptions { MaxTokens = 12 });
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, new ParserOptions { MaxTokens = 11 }));

        Assert.Contains("11 tokens", error.Message, StringComparison.Ordinal);
        Assert.Equal(text.Length, error.Column);
    }

    [Fact]
    public void The_default_token_limit_stops_a_huge_flat_document()
    {
        var text = new StringBuilder("{ ");
        for (var i = 0; i < 100_001; i++)
        {
            text.Append("a ");
        }

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text.Append('}').ToString()));

        Assert.Contains("100000 tokens", error.Message, StringComparison.Ordinal);
    }
}
