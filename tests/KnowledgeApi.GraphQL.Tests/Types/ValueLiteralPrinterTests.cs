using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Types;

public sealed class ValueLiteralPrinterTests
{
    [Theory]
    [InlineData("""{a: [1, 2.5, "x\ny", true, null, RED], b: {c: $v}}""")]
    [InlineData("\"tab\\tquote\\\"backslash\\\\ control\\u0001\"")]
    [InlineData("\"\"\"block \\\"\"\" quotes\"\"\"")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void Values_print_the_same_as_the_language_printer_prints_them(string source)
    {
        var value = Parser.ParseValue(source);

        Assert.Equal(Printer.Print(value), ValueLiteralPrinter.Print(value));
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    public void Block_strings_are_laid_out_as_graphql_js_lays_them_out(string value, string printed) =>
        Assert.Equal(printed, ValueLiteralPrinter.PrintBlockString(value));

    [Theory]
    [InlineData("plain", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("  all\n  indented", false)]
    [InlineData("bell\u0007", false)]
    public void Descriptions_that_would_change_as_block_strings_are_printed_as_plain_strings(string value, bool printableAsBlock) =>
        Assert.Equal(printableAsBlock, ValueLiteralPrinter.IsPrintableAsBlockString(value));
}
