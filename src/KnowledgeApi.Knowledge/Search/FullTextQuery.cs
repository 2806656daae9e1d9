using System.Globalization;
using System.Text;

namespace KnowledgeApi.Knowledge.Search;

/// <summary>
/// Turns what a user typed into an FTS5 query that cannot fail: the text is cut into words the
/// way the index's unicode61 tokenizer cuts it, and every word becomes a quoted string, so no
/// character the user types (quotes, *, -, ^, parentheses, AND/OR/NOT/NEAR) is ever FTS syntax.
/// The words are ANDed: a hit contains all of them, in any column, in any order.
/// </summary>
public static class FullTextQuery
{
    /// <summary>Enough words for any real question; the rest are dropped so a pasted essay stays cheap.</summary>
    public const int MaxWords = 32;

    /// <returns>The FTS5 query, or null when the text has no words (nothing can match).</returns>
    public static string? From(string? text)
    {
        var words = Words(text ?? "");
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => $"\"{w.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
    }

    /// <summary>The words of <paramref name="text"/>: runs of letters, digits and combining marks.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                word.Append(rune.ToString());
                continue;
            }

            Flush();
            if (words.Count == MaxWords)
            {
                return words;
            }
        }

        Flush();
        return words.Count > MaxWords ? words[..MaxWords] : words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    // unicode61's token characters: letters, numbers, private use, and the combining marks it folds away.
    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.PrivateUse => true,
        _ => false,
    };
}
