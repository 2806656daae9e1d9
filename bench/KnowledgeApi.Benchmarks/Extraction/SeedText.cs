using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Benchmarks.Extraction;

/// <summary>
/// Minimal seed reading for the benchmark only (title, paragraphs, footer dropped): the
/// benchmark measures extraction, so it must not depend on the reader's speed.
/// </summary>
internal static class SeedText
{
    public static ArticleText Read(string content)
    {
        var blocks = content.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        var titleIndex = blocks.FindIndex(b => b.StartsWith("# ", StringComparison.Ordinal));
        var title = blocks[titleIndex][2..];
        // Author and date are the short blocks before the first paragraph.
        var body = blocks.Skip(titleIndex + 1)
            .SkipWhile(b => b.Length < 60)
            .Select(b => b.Replace('\n', ' '))
            .TakeWhile(b => !b.StartsWith("To contact the WSW", StringComparison.Ordinal))
            .ToList();
        return new ArticleText(title, body);
    }
}
