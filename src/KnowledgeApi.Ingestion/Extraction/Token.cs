namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>A word of a paragraph: letters and digits, with inner hyphens and full stops ("U.S", "COVID-19").</summary>
internal readonly record struct Token(int Start, int Length, string Text)
{
    public int End => Start + Length;

    public bool IsCapitalised => char.IsUpper(Text[0]);

    public bool IsLowerCase => char.IsLower(Text[0]);

    /// <summary>All letters upper case and at least two of them ("AMLO", "SEDENA").</summary>
    public bool IsAcronym
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            return letters >= 2;
        }
    }

    /// <summary>Splits a paragraph into tokens; everything between them is punctuation or space.</summary>
    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length)
            {
                if (IsWordChar(text[i]))
                {
                    i++;
                }
                else if ((text[i] == '-' || text[i] == '.') && i + 1 < text.Length && IsWordChar(text[i + 1])
                    && (text[i] == '-' || IsInitialism(text, start, i)))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            tokens.Add(new Token(start, i - start, text[start..i]));
        }

        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    // "U.S" and "D.C" keep their inner full stops; "end.Next" (a missing space) does not.
    private static bool IsInitialism(string text, int start, int dot) =>
        dot - start == 1 || (dot >= 2 && text[dot - 2] == '.');
}
