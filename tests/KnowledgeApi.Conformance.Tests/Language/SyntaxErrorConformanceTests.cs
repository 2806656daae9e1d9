using System.Text.Json;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Conformance.Tests.Language;

/// <summary>Both parsers reject every invalid corpus document, with the first error at the same line and column.</summary>
public sealed class SyntaxErrorConformanceTests
{
    public static TheoryData<string> InvalidDocuments => LanguageCorpus.Names("Invalid");

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public async Task The_first_syntax_error_is_where_graphql_js_reports_it(string name)
    {
        var bytes = LanguageCorpus.Read("Invalid", name);
        var expected = await GraphQLJs.Shared.CallAsync("parseError", new { source = LanguageCorpus.AsText(bytes) });
        Assert.NotEqual(JsonValueKind.Null, expected.ValueKind);
        var location = expected.GetProperty("locations")[0];

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(bytes));

        Assert.Equal(
            (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()),
            (error.Line, error.Column));
        Assert.Equal("HC0011", error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
