namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Scare quotes and titles are quoted words, not quotations: “war”, “rapists”, a column
/// titled “...”. A quotation is a fragment when a title marker ("titled") introduces it, or when
/// it has at most three words and sits inside a sentence rather than starting one or following
/// a colon.
/// </summary>
internal static class FragmentRule
{
    private const int MaxFragmentWords = 3;

    public static bool IsFragment(QuotationSpan quotation, ParagraphView view)
    {
        var open = quotation.OpenMark;
        var before = view.TokenAt(open) - 1;
        if (before >= 0 && Lexicon.TitleMarkers.Contains(view.Tokens[before].Text)
            && view.Text.AsSpan(view.Tokens[before].End, open - view.Tokens[before].End).Trim().Length == 0)
        {
            return true;
        }

        if (quotation.WordCount > MaxFragmentWords || view.StartsSentence(open))
        {
            return false;
        }

        var i = open - 1;
        while (i >= 0 && char.IsWhiteSpace(view.Text[i]))
        {
            i--;
        }

        return i < 0 || view.Text[i] != ':';
    }
}
