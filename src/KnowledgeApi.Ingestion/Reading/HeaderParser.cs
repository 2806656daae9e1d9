using System.Text.RegularExpressions;

namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// Reads the header of an article file: a title (a Markdown heading, a setext heading, or simply
/// the first line), then, in any order and with or without blank lines between them, an optional
/// subtitle, a byline, a date line and a "Publisher:" line. The header ends at the first line that
/// is none of these: that is where the body starts.
/// </summary>
internal static partial class HeaderParser
{
    private const int MaxTitleLength = 300;

    // How many non-blank lines after the title may still be header lines.
    private const int HeaderWindow = 6;

    public static ArticleHeader Parse(ArticleFile file)
    {
        var lines = file.Lines;
        var titleLine = NextNonBlank(lines, 0);
        if (titleLine < 0)
        {
            throw new ArticleReadException(file.SourceName, 1, "is empty: expected a '# Title' line");
        }

        var title = Heading().Replace(lines[titleLine].Trim(), string.Empty).Trim().Trim('*', '_').Trim();
        var next = titleLine + 1;
        if (next < lines.Count && SetextUnderline().IsMatch(lines[next]))
        {
            next++;
        }

        if (title.Length == 0)
        {
            throw new ArticleReadException(file.SourceName, titleLine + 1, "the title line is empty");
        }

        if (title.Length > MaxTitleLength)
        {
            throw new ArticleReadException(file.SourceName, titleLine + 1, $"expected a title line, found {title.Length} characters of text");
        }

        string? subtitle = null, agency = null, publisher = null;
        IReadOnlyList<string> authors = [];
        PublishedDate? date = null;
        var bodyStart = next;
        for (var seen = 0; seen < HeaderWindow; seen++)
        {
            var index = NextNonBlank(lines, bodyStart);
            if (index < 0)
            {
                bodyStart = lines.Count;
                break;
            }

            var line = lines[index].Trim();
            if (PublisherLine().Match(line) is { Success: true } publisherMatch && publisher is null)
            {
                publisher = publisherMatch.Groups[1].Value.Trim().Trim('*', '_').Trim();
            }
            else if (date is null && PublicationDateParser.Parse(line) is { } parsedDate)
            {
                date = parsedDate;
            }
            else if (authors.Count == 0 && BylineParser.Parse(line) is { } byline)
            {
                authors = byline.Authors;
                agency = byline.Agency;
            }
            else if (subtitle is null && authors.Count == 0 && date is null && IsSubtitle(lines, index))
            {
                subtitle = MarkdownCleaner.Clean(Heading().Replace(line, string.Empty));
            }
            else
            {
                bodyStart = index;
                break;
            }

            bodyStart = index + 1;
        }

        return new ArticleHeader(MarkdownCleaner.Clean(title), subtitle, authors, agency, date, publisher, bodyStart);
    }

    /// <summary>
    /// A line under the title is a subtitle when it is marked as one (a second-level heading or a
    /// wholly emphasised line), or when a byline or date line follows it: without that evidence
    /// it is the first paragraph.
    /// </summary>
    private static bool IsSubtitle(IReadOnlyList<string> lines, int index)
    {
        var line = lines[index].Trim();
        if (line.Length > MaxTitleLength * 2)
        {
            return false;
        }

        if (Heading().IsMatch(line) || WhollyEmphasised().IsMatch(line))
        {
            return true;
        }

        var following = NextNonBlank(lines, index + 1);
        return following >= 0
            && (PublicationDateParser.Parse(lines[following]) is not null || BylineParser.Parse(lines[following]) is not null);
    }

    private static int NextNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:=+|-{3,})\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^(?:\*\*|__)?(?:publisher|published by|source)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublisherLine();

    [GeneratedRegex(@"^(\*{1,2}|_{1,2})[^*_].*[^*_]\1$")]
    private static partial Regex WhollyEmphasised();
}
