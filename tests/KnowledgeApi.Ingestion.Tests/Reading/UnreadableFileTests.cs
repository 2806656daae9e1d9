using System.Text;
using KnowledgeApi.Ingestion.Reading;

namespace KnowledgeApi.Ingestion.Tests.Reading;

public sealed class UnreadableFileTests
{
    private static ArticleReadException ReadFails(byte[] bytes) =>
        Assert.Throws<ArticleReadException>(() => CleanStep.Clean(ReadFileStep.Parse("broken.txt", bytes)));

    [Fact]
    public void An_empty_file_is_reported_at_line_one()
    {
        var error = ReadFails(Encoding.UTF8.GetBytes("\n  \n"));

        Assert.Equal("broken.txt", error.SourceName);
        Assert.Equal(1, error.Line);
        Assert.StartsWith("broken.txt:1: is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_on_the_line_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("# Title\nAuthor\n").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" text\n")).ToArray();

        var error = ReadFails(bytes);

        Assert.Equal(3, error.Line);
        Assert.Contains("not UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_reported_on_its_first_nul_line()
    {
        var error = ReadFails([(byte)'#', (byte)' ', (byte)'T', (byte)'\n', 0, 1, 2]);

        Assert.Equal(2, error.Line);
        Assert.Contains("NUL", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_a_body_is_reported()
    {
        var error = ReadFails(Encoding.UTF8.GetBytes("# Title only\n\nEric London\n\n6 November 2019\n"));

        Assert.Contains("no body paragraphs", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wall_of_text_is_not_taken_for_a_title()
    {
        var error = ReadFails(Encoding.UTF8.GetBytes("\n" + string.Join(' ', Enumerable.Repeat("word", 100)) + "\n"));

        Assert.Equal(2, error.Line);
        Assert.Contains("expected a title line", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_reported_by_name()
    {
        var error = await Assert.ThrowsAsync<ArticleReadException>(() => ReadFileStep.ReadAsync(Path.Combine(Path.GetTempPath(), "no-such-article.txt")));

        Assert.Equal("no-such-article.txt", error.SourceName);
        Assert.Equal(0, error.Line);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_title()
    {
        var article = CleanStep.Clean(ReadFileStep.Parse("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("# Title\n\nBody.\n")]));

        Assert.Equal("Title", article.Title);
    }
}
