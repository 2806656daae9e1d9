using System.Text.RegularExpressions;

namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// Turns one Markdown paragraph into plain text: images dropped, links replaced by their text,
/// emphasis markers, heading and block-quote markers and backslash escapes removed, whitespace
/// collapsed. Quotation marks, curly or straight, are left exactly as written: extraction needs
/// them.
/// </summary>
internal static partial class MarkdownCleaner
{
    public static string Clean(string markdown)
    {
        var text = Image().Replace(markdown, string.Empty);
        text = Link().Replace(text, "$1");
        text = AutoLink().Replace(text, "$1");
        text = LineStartMarker().Replace(text, string.Empty);
        text = Strong().Replace(text, "$2");
        text = StarEmphasis().Replace(text, "$1");
        text = UnderscoreEmphasis().Replace(text, "$1");
        text = Escape().Replace(text, "$1");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"(?<!\\)\[([^\]]+)\]\([^)\s]*(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    // Heading and block-quote markers at the start of the paragraph or of any of its lines.
    [GeneratedRegex(@"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?)")]
    private static partial Regex LineStartMarker();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\\*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])")]
    private static partial Regex StarEmphasis();

    // Not inside words, so snake_case names and URLs keep their underscores.
    [GeneratedRegex(@"(?<![\\\w])_(?=\S)(.+?)(?<=\S)_(?!\w)")]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!""'>])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
