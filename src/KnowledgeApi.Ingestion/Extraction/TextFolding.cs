using System.Globalization;
using System.Text;

namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Accent-insensitive comparison keys: "López Obrador" and "Lopez Obrador" fold to the same key,
/// because English-language sources drop accents from Spanish names inconsistently.
/// </summary>
internal static class TextFolding
{
    /// <summary>The text without combining marks (é → e, ñ → n), case kept.</summary>
    public static string RemoveAccents(string text)
    {
        var needsWork = false;
        foreach (var c in text)
        {
            if (c > '\u007f')
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key an alias is looked up by: accents removed, upper-cased invariantly.</summary>
    public static string Key(string text) => RemoveAccents(text).ToUpperInvariant();

    /// <summary>A stable identifier fragment ("Carlos Gaytán Ochoa" → "carlos-gaytan-ochoa").</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in RemoveAccents(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
