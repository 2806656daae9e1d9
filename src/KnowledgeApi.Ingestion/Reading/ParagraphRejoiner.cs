namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// Rejoins paragraphs that a page break split in the middle of a sentence. A paragraph is joined
/// to the next when it ends without final punctuation and either the next starts in lower case
/// ("...he should work to" / "decrease drug consumption...") or it leaves a quotation open
/// ("the \"groundbreaking agreement with" / "Mexico\" to force..."). A paragraph ending in final
/// punctuation is never joined, so quotations running over several paragraphs stay apart.
/// </summary>
internal static class ParagraphRejoiner
{
    private const string FinalPunctuation = ".!?:;…";

    private const string Closers = "\"'”’)]*_»";

    public static List<string> Rejoin(IReadOnlyList<string> paragraphs)
    {
        var result = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (result.Count > 0 && BelongsToPrevious(result[^1], paragraph))
            {
                result[^1] = result[^1] + " " + paragraph;
            }
            else
            {
                result.Add(paragraph);
            }
        }

        return result;
    }

    private static bool BelongsToPrevious(string previous, string next)
    {
        if (EndsWithFinalPunctuation(previous))
        {
            return false;
        }

        return StartsInLowerCase(next) || LeavesQuotationOpen(previous);
    }

    // Opening marks do not count: "described as" / "\"historic.\"" is one sentence too.
    private static bool StartsInLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    private static bool EndsWithFinalPunctuation(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && Closers.Contains(text[end], StringComparison.Ordinal))
        {
            end--;
        }

        return end >= 0 && FinalPunctuation.Contains(text[end], StringComparison.Ordinal);
    }

    /// <summary>True when a double quotation (straight or curly) or a curly single one is still open.</summary>
    public static bool LeavesQuotationOpen(string text)
    {
        int straight = 0, openDouble = 0, closeDouble = 0, openSingle = 0, closeSingle = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    straight++;
                    break;
                case '“':
                    openDouble++;
                    break;
                case '”':
                    closeDouble++;
                    break;
                case '‘':
                    openSingle++;
                    break;

                // ’ between letters is an apostrophe ("don’t"), not a closing mark.
                case '’' when !(i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1])):
                    closeSingle++;
                    break;
            }
        }

        return straight % 2 == 1 || openDouble > closeDouble || openSingle > closeSingle;
    }
}
