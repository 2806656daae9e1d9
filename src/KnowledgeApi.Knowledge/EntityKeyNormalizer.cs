using System.Globalization;
using System.Text;

namespace KnowledgeApi.Knowledge;

/// <summary>
/// Turns a name or alias into the key entity resolution compares: case-folded, accents removed,
/// whitespace collapsed, so "Andrés Manuel López Obrador", "andres manuel  LOPEZ obrador" and
/// "Andres Manuel Lopez Obrador" are one key.
/// </summary>
public static class EntityKeyNormalizer
{
    /// <summary>The normalized key, or an empty string when nothing but punctuation is left.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            // Dots vanish so "U.S." meets "US"; typographic apostrophes meet straight ones.
            if (c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
        }

        var key = builder.ToString();

        // A leading article is how texts refer to organizations ("the Washington Post"), not
        // part of what tells them apart.
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
