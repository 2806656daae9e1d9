namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// Splits the body lines into Markdown paragraphs at blank lines. Lines of one paragraph are
/// joined with a newline (the cleaner later collapses them), trailing hard-break spaces dropped.
/// </summary>
internal static class ParagraphSplitter
{
    public static List<string> Split(IReadOnlyList<string> lines, int start)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush(paragraphs, current);
                continue;
            }

            // A trailing backslash is Markdown's other hard line break.
            current.Add(line.EndsWith('\\') ? line[..^1] : line);
        }

        Flush(paragraphs, current);
        return paragraphs;
    }

    private static void Flush(List<string> paragraphs, List<string> current)
    {
        if (current.Count > 0)
        {
            paragraphs.Add(string.Join('\n', current));
            current.Clear();
        }
    }
}
