namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Decides what a quotation-mark character is doing at one position. Curly marks say it
/// themselves; a straight double mark opens after a space and closes after a word; a right
/// single mark between letters (don’t, Trump’s) or after a plural s before a word (nurses’
/// union) is an apostrophe, not a closing mark.
/// </summary>
internal static class QuotationMarks
{
    public static bool OpensDouble(string text, int i) => text[i] switch
    {
        '“' or '„' => true,
        '"' => (i == 0 || IsOpeningContext(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    public static bool ClosesDouble(string text, int i) => text[i] switch
    {
        '”' => true,
        '"' => i > 0 && !char.IsWhiteSpace(text[i - 1]) && !IsOpeningContext(text[i - 1]),
        _ => false,
    };

    // A straight single mark opens only before a letter or digit ('We will win,' he said).
    public static bool OpensSingle(string text, int i) =>
        (text[i] == '‘' || text[i] == '\'' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) && (i == 0 || IsOpeningContext(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    public static bool ClosesSingle(string text, int i)
    {
        if (text[i] is not ('’' or '\'') || i == 0 || char.IsWhiteSpace(text[i - 1]))
        {
            return false;
        }

        var before = text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsLetter(before) && char.IsLetter(after))
        {
            return false; // don’t, Trump’s
        }

        // A plural possessive (“Patients’ safety”) is followed by a space and a word.
        var pluralPossessive = (before == 's' || before == 'S') && after == ' '
            && i + 2 < text.Length && char.IsLetter(text[i + 2]);
        return !pluralPossessive;
    }

    public static bool IsAnyMark(char c) => c is '“' or '”' or '"' or '‘' or '’' or '„' or '\'';

    private static bool IsOpeningContext(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '—' or '–' or '-' or '/' or '*' or '_' or ':' or '“' or '‘';
}
