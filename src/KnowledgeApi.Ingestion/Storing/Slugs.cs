using System.Globalization;
using System.Text;

namespace KnowledgeApi.Ingestion.Storing;

/// <summary>Makes URL slugs from titles: ASCII letters and digits, hyphen-separated, at most 80 characters.</summary>
public static class Slugs
{
    private const int MaxLength = 80;

    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > MaxLength)
        {
            // Cut at a word boundary so no slug ends in half a word.
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > 0 ? cut : MaxLength)];
        }

        return slug.Length > 0 ? slug : "article";
    }
}
