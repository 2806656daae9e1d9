namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// A quotation as the scanner found it: the parts between the marks (one per paragraph) and
/// where its closing mark sits, before anyone has decided who said it.
/// </summary>
/// <param name="Parts">Text between the marks, paragraph by paragraph.</param>
/// <param name="Text">The parts' characters joined with "\n".</param>
/// <param name="AfterClose">Index just past the closing mark in the last part's paragraph, or -1 when unclosed.</param>
internal sealed record QuotationSpan(IReadOnlyList<TextSpan> Parts, string Text, int AfterClose)
{
    public int Paragraph => Parts[0].Paragraph;

    /// <summary>Index of the opening mark in the first paragraph.</summary>
    public int OpenMark => Parts[0].Start - 1;

    public int LastParagraph => Parts[^1].Paragraph;

    public bool Closed => AfterClose >= 0;

    /// <summary>Whether an index of a paragraph lies inside this quotation, marks included.</summary>
    public bool Covers(int paragraph, int index)
    {
        foreach (var part in Parts)
        {
            if (part.Paragraph == paragraph && index >= part.Start - 1 && index <= part.End)
            {
                return true;
            }
        }

        return false;
    }

    public int WordCount
    {
        get
        {
            var words = 0;
            var inWord = false;
            foreach (var c in Text)
            {
                var wordChar = !char.IsWhiteSpace(c);
                if (wordChar && !inWord)
                {
                    words++;
                }

                inWord = wordChar;
            }

            return words;
        }
    }
}
