using System.Text;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// The specification's BlockStringValue(): removes the common indentation of all lines but the
/// first, then drops leading and trailing blank lines, and joins the rest with <c>\n</c>.
/// </summary>
internal static class BlockStringValue
{
    private const string EscapedQuotes = "\\\"\"\"";

    public static string FromRaw(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        if (text.Contains(EscapedQuotes, StringComparison.Ordinal))
        {
            text = text.Replace(EscapedQuotes, "\"\"\"", StringComparison.Ordinal);
        }

        return Dedent(text);
    }

    public static string Dedent(string text)
    {
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var index = 0;
        var lineNumber = 0;
        foreach (var line in new LineEnumerator(text))
        {
            var indent = LeadingWhitespace(line);
            if (indent < line.Length)
            {
                if (firstNonBlank < 0)
                {
                    firstNonBlank = lineNumber;
                }

                lastNonBlank = lineNumber;
                if (lineNumber != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            lineNumber++;
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length);
        foreach (var line in new LineEnumerator(text))
        {
            if (index >= firstNonBlank && index <= lastNonBlank)
            {
                if (index > firstNonBlank)
                {
                    result.Append('\n');
                }

                result.Append(index == 0 ? line : line[Math.Min(commonIndent, line.Length)..]);
            }

            index++;
        }

        return result.ToString();
    }

    internal static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }
}

/// <summary>Splits text on <c>\r\n</c>, <c>\n</c> and <c>\r</c> without allocating; n breaks give n + 1 lines.</summary>
internal ref struct LineEnumerator(ReadOnlySpan<char> text)
{
    private ReadOnlySpan<char> rest = text;
    private bool done;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly LineEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (done)
        {
            return false;
        }

        var end = rest.IndexOfAny('\r', '\n');
        if (end < 0)
        {
            Current = rest;
            done = true;
            return true;
        }

        Current = rest[..end];
        var breakLength = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
        rest = rest[(end + breakLength)..];
        return true;
    }
}
