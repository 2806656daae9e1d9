using System.Text.RegularExpressions;

namespace KnowledgeApi.Server.Tests.Schema;

/// <summary>
/// The generated <c>where</c>/<c>order</c> inputs offer what the object types show and no storage
/// column: no hashes, lookup keys, foreign keys, offsets or discriminators.
/// </summary>
public sealed partial class DataInputShapeTests
{
    [Theory]
    [InlineData("ArticleFilterInput", "and or id title subtitle slug publishedOn publishedOnPrecision dateline publisher body wordCount authors quotations")]
    [InlineData("ArticleSortInput", "id title subtitle slug publishedOn publishedOnPrecision dateline publisher wordCount")]
    [InlineData("QuotationFilterInput", "and or id article text paragraphIndex isFragment verb speakerName speakerPerson speakerOrganization")]
    [InlineData("QuotationSortInput", "id article text paragraphIndex isFragment verb speakerName")]
    [InlineData("PersonSortInput", "id name description confirmed")]
    [InlineData("EventSortInput", "startsOn endsOn place id name description")]
    public void An_input_has_exactly_the_fields_the_api_shows(string inputName, string expectedFields)
    {
        var block = Regex.Match(KnowledgeSchemaFixture.Sdl, $@"^input {inputName} \{{\n(?<body>.*?)^\}}", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(block.Success, $"{inputName} is missing from the schema.");

        var fields = FieldName().Matches(block.Groups["body"].Value).Select(m => m.Groups[1].Value);

        Assert.Equal(expectedFields.Split(' '), fields);
    }

    [Theory]
    [InlineData("contentHash")]
    [InlineData("keys")]
    [InlineData("speakerId")]
    [InlineData("publisherId")]
    [InlineData("sourceName")]
    [InlineData("startOffset")]
    public void No_input_offers_an_internal_column(string column)
    {
        // Filter and sort inputs only: a mutation's input (IngestArticleInput.sourceName) takes what a write needs.
        var inputs = Regex.Matches(KnowledgeSchemaFixture.Sdl, @"^input \w+(?:Filter|Sort)Input \{\n.*?^\}", RegexOptions.Multiline | RegexOptions.Singleline);

        Assert.NotEmpty(inputs);
        Assert.DoesNotContain(inputs, input => input.Value.Contains($"\n  {column}:", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^  (\w+):", RegexOptions.Multiline)]
    private static partial Regex FieldName();
}
