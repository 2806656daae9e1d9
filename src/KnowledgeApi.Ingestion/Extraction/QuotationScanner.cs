namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Finds quotations in a headline and paragraphs. A quotation left open at the end of a
/// paragraph continues when the next paragraph opens with a mark (the convention for quoting
/// several paragraphs), or closes in the next paragraph when the source split a sentence there.
/// </summary>
internal static class QuotationScanner
{
    private enum Family
    {
        Double,
        Single,
    }

    public static List<QuotationSpan> Scan(ArticleText article)
    {
        var found = new List<QuotationSpan>();
        ScanParagraph(article.Title, TextSpan.TitleParagraph, found, carry: null, next: null);

        Pending? carry = null;
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            carry = ScanParagraph(article.Paragraphs[p], p, found, carry, p + 1 < article.Paragraphs.Count ? article.Paragraphs[p + 1] : null);
        }

        if (carry is not null)
        {
            found.Add(carry.Finish(afterClose: -1));
        }

        return found.ConvertAll(q => q with { Text = string.Join('\n', q.Parts.Select(part => Slice(article, part))) });
    }

    // Returns the quotation still open at the end of the paragraph, if any.
    private static Pending? ScanParagraph(string text, int paragraph, List<QuotationSpan> found, Pending? carry, string? next)
    {
        var pos = 0;
        if (carry is not null)
        {
            var first = SkipSpace(text, 0);
            int partStart;
            if (first < text.Length && Opens(text, first, carry.Family))
            {
                partStart = first + 1;
            }
            else if (FindClose(text, 0, carry.Family) is var close && close >= 0 && FindOpen(text, 0, carry.Family) is var open
                && (open < 0 || open > close))
            {
                partStart = 0;
            }
            else
            {
                found.Add(carry.Finish(afterClose: -1));
                carry = null;
                partStart = -1;
            }

            if (carry is not null)
            {
                var close = FindClose(text, partStart, carry.Family);
                if (close < 0)
                {
                    carry.Parts.Add(new TextSpan(paragraph, partStart, text.Length - partStart));
                    return carry;
                }

                carry.Parts.Add(new TextSpan(paragraph, partStart, close - partStart));
                found.Add(carry.Finish(close + 1));
                pos = close + 1;
            }
        }

        while (pos < text.Length)
        {
            var (open, family) = NextOpening(text, pos);
            if (open < 0)
            {
                break;
            }

            var close = FindClose(text, open + 1, family);
            var pending = new Pending(family);
            if (close < 0 && family == Family.Single && !ContinuesWithSingle(next))
            {
                pos = open + 1; // a stray single mark ('90s, 'em) opens nothing unless the next paragraph continues a quotation
                continue;
            }

            if (close < 0)
            {
                pending.Parts.Add(new TextSpan(paragraph, open + 1, text.Length - open - 1));
                if (paragraph == TextSpan.TitleParagraph)
                {
                    found.Add(pending.Finish(afterClose: -1));
                    return null;
                }

                return pending;
            }

            pending.Parts.Add(new TextSpan(paragraph, open + 1, close - open - 1));
            found.Add(pending.Finish(close + 1));
            pos = close + 1;
        }

        return null;
    }

    private static string Slice(ArticleText article, TextSpan span) =>
        (span.Paragraph == TextSpan.TitleParagraph ? article.Title : article.Paragraphs[span.Paragraph])
            .Substring(span.Start, span.Length);

    private static (int Index, Family Family) NextOpening(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (QuotationMarks.OpensDouble(text, i))
            {
                return (i, Family.Double);
            }

            if (QuotationMarks.OpensSingle(text, i))
            {
                return (i, Family.Single);
            }
        }

        return (-1, Family.Double);
    }

    private static bool ContinuesWithSingle(string? next)
    {
        if (next is null)
        {
            return false;
        }

        var first = SkipSpace(next, 0);
        return first < next.Length && QuotationMarks.OpensSingle(next, first);
    }

    private static bool Opens(string text, int i, Family family) =>
        family == Family.Double ? QuotationMarks.OpensDouble(text, i) : QuotationMarks.OpensSingle(text, i);

    private static int FindOpen(string text, int from, Family family)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (Opens(text, i, family))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindClose(string text, int from, Family family)
    {
        for (var i = from; i < text.Length; i++)
        {
            var closes = family == Family.Double ? QuotationMarks.ClosesDouble(text, i) : QuotationMarks.ClosesSingle(text, i);
            if (closes && i > from)
            {
                return i;
            }
        }

        return -1;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private sealed class Pending(Family family)
    {
        public Family Family { get; } = family;

        public List<TextSpan> Parts { get; } = [];

        // The text is filled in by Scan once every paragraph is at hand.
        public QuotationSpan Finish(int afterClose) => new(Parts.ToList(), "", afterClose);
    }
}
