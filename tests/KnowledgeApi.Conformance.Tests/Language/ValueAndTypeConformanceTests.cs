using System.Text.Json;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Conformance.Tests.Language;

/// <summary>Parser.ParseValue and Parser.ParseType against graphql-js parseValue and parseType.</summary>
public sealed class ValueAndTypeConformanceTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("-1.5e3")]
    [InlineData("\"text with \\\"quotes\\\" and \\u00e9\"")]
    [InlineData("\"\"\"\n  block\n    indented\n\"\"\"")]
    [InlineData("[1, [2, 3], {a: $v}]")]
    [InlineData("{nested: {list: [true, false, null]}, e: ENUM}")]
    [InlineData("$variable")]
    [InlineData("[1,2")]
    [InlineData("{a 1}")]
    [InlineData("1 2")]
    public async Task A_value_prints_or_fails_like_graphql_js(string source)
    {
        var expected = await GraphQLJs.Shared.CallAsync("printParsedValue", new { source });

        AssertSameOutcome(expected, () => Printer.Print(Parser.ParseValue(source)));
    }

    [Theory]
    [InlineData("Int")]
    [InlineData("[String!]!")]
    [InlineData("[[Int]]")]
    [InlineData("Int!!")]
    [InlineData("[Int")]
    [InlineData("!")]
    public async Task A_type_prints_or_fails_like_graphql_js(string source)
    {
        var expected = await GraphQLJs.Shared.CallAsync("printParsedType", new { source });

        AssertSameOutcome(expected, () => Printer.Print(Parser.ParseType(source)));
    }

    private static void AssertSameOutcome(JsonElement expected, Func<string> ours)
    {
        if (expected.GetProperty("error").ValueKind == JsonValueKind.Null)
        {
            Assert.Equal(expected.GetProperty("printed").GetString(), ours());
            return;
        }

        var location = expected.GetProperty("error").GetProperty("locations")[0];
        var error = Assert.Throws<GraphQLSyntaxException>(() => ours());
        Assert.Equal((location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()), (error.Line, error.Column));
    }
}
