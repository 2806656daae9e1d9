namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// One paragraph (or the headline) prepared for the rules: its tokens, which characters lie
/// inside quotation marks, and where its sentences start.
/// </summary>
internal sealed class ParagraphView
{
    private readonly bool[] quoted;

    public ParagraphView(int index, string text, IEnumerable<QuotationSpan> quotations)
    {
        Index = index;
        Text = text;
        Tokens = Token.Split(text);
        quoted = new bool[text.Length + 1];
        foreach (var quotation in quotations)
        {
            foreach (var part in quotation.Parts)
            {
                if (part.Paragraph != index)
                {
                    continue;
                }

                var from = Math.Max(0, part.Start - 1);
                var to = Math.Min(text.Length, part.End + 1);
                for (var i = from; i < to; i++)
                {
                    quoted[i] = true;
                }
            }
        }

        SentenceStarts = FindSentenceStarts();
    }

    public int Index { get; }

    public string Text { get; }

    public List<Token> Tokens { get; }

    /// <summary>Start index of every sentence, in order; the first is 0.</summary>
    public List<int> SentenceStarts { get; }

    /// <summary>Whether a character is a quotation mark of, or inside, a quotation.</summary>
    public bool IsQuoted(int index) => index >= 0 && index < quoted.Length && quoted[index];

    /// <summary>The start of the sentence that holds an index.</summary>
    public int SentenceStartOf(int index)
    {
        var start = 0;
        foreach (var s in SentenceStarts)
        {
            if (s > index)
            {
                break;
            }

            start = s;
        }

        return start;
    }

    /// <summary>The end (exclusive) of the sentence that holds an index.</summary>
    public int SentenceEndOf(int index)
    {
        foreach (var s in SentenceStarts)
        {
            if (s > index)
            {
                return s;
            }
        }

        return Text.Length;
    }

    /// <summary>Whether only marks, spaces and emphasis stand between a sentence start and an index.</summary>
    public bool StartsSentence(int index)
    {
        var start = SentenceStartOf(index);
        for (var i = start; i < index; i++)
        {
            if (char.IsLetterOrDigit(Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the first token at or after a character index, or Tokens.Count.</summary>
    public int TokenAt(int index)
    {
        var lo = 0;
        var hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End <= index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // A sentence ends at . ! or ? outside quotation marks (or at a quotation's closing mark when
    // the quotation itself ends with one), followed by a space and a capital or an opening mark.
    private List<int> FindSentenceStarts()
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            var c = Text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < Text.Length && (QuotationMarks.IsAnyMark(Text[end]) && IsQuoted(end) || Text[end] is ')' or '*'))
            {
                end++;
            }

            if (IsQuoted(i) && !(end > i + 1 && IsQuoted(end - 1)) || IsQuoted(i) && IsQuoted(end))
            {
                continue; // punctuation inside a quotation that goes on
            }

            if (c == '.' && IsAbbreviation(i))
            {
                continue;
            }

            var next = end;
            while (next < Text.Length && Text[next] == ' ')
            {
                next++;
            }

            if (next == end || next >= Text.Length)
            {
                continue;
            }

            var n = Text[next];
            if (char.IsUpper(n) || char.IsDigit(n) || QuotationMarks.IsAnyMark(n) || n == '*')
            {
                starts.Add(next);
            }
        }

        return starts;
    }

    private bool IsAbbreviation(int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(Text[start - 1]) || Text[start - 1] == '.'))
        {
            start--;
        }

        var word = Text[start..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || Lexicon.Abbreviations.Contains(word);
    }
}
