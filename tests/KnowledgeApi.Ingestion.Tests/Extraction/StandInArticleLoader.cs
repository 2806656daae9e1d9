using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Ingestion.Tests.Extraction;

/// <summary>
/// STAND-IN, to be replaced by the real article reader once it is merged: just enough reading
/// to give extraction tests an <see cref="ArticleText"/>. Title from "# ", author and date lines
/// skipped, lines of a paragraph joined, the "To contact the WSWS" footer and its Markdown link
/// dropped, and a paragraph split mid-sentence rejoined (the previous one ends without final
/// punctuation and the next starts in lower case).
/// </summary>
internal static class StandInArticleLoader
{
    public static ArticleText Load(string path) => Parse(File.ReadAllText(path));

    public static ArticleText Parse(string content)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var title = "";
        var i = 0;
        for (; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("# ", StringComparison.Ordinal))
            {
                title = lines[i][2..].Trim();
                i++;
                break;
            }
        }

        // Author and date: the next two non-empty lines.
        var skipped = 0;
        for (; i < lines.Length && skipped < 2; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                skipped++;
            }
        }

        var paragraphs = new List<string>();
        var current = new List<string>();
        for (; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : "";
            if (line.Length > 0)
            {
                current.Add(line);
                continue;
            }

            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        var footer = paragraphs.FindIndex(p => p.StartsWith("To contact the WSW", StringComparison.Ordinal));
        if (footer >= 0)
        {
            paragraphs.RemoveRange(footer, paragraphs.Count - footer);
        }

        paragraphs.RemoveAll(p => p.StartsWith("**[", StringComparison.Ordinal));
        return new ArticleText(title, Rejoin(paragraphs));
    }

    private static List<string> Rejoin(List<string> paragraphs)
    {
        var joined = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (joined.Count > 0 && char.IsLower(paragraph[0]) && !".!?:\"”’".Contains(joined[^1][^1], StringComparison.Ordinal))
            {
                joined[^1] = joined[^1] + " " + paragraph;
            }
            else
            {
                joined.Add(paragraph);
            }
        }

        return joined;
    }
}
