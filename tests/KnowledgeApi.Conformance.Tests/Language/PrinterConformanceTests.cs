using System.Text.Json;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Conformance.Tests.Language;

/// <summary>Our parse + print against graphql-js's print(parse(...)) over the valid corpus, byte for byte.</summary>
public sealed class PrinterConformanceTests
{
    public static TheoryData<string> ValidDocuments => LanguageCorpus.Names("Valid");

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public async Task Printing_a_parsed_document_matches_graphql_js(string name)
    {
        var bytes = LanguageCorpus.Read("Valid", name);
        var expected = await GraphQLJs.Shared.CallAsync("printParsed", new { source = LanguageCorpus.AsText(bytes) });
        Assert.Equal(JsonValueKind.Null, expected.GetProperty("error").ValueKind);

        var printed = Printer.Print(Parser.Parse(bytes));

        Assert.Equal(expected.GetProperty("printed").GetString(), printed);
    }

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public async Task Printed_output_parses_back_to_the_same_print(string name)
    {
        var printed = Printer.Print(Parser.Parse(LanguageCorpus.Read("Valid", name)));

        var reparsed = await GraphQLJs.Shared.CallAsync("printParsed", new { source = printed });

        Assert.Equal(printed, reparsed.GetProperty("printed").GetString());
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }
}
