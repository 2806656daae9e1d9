using System.Security.Cryptography;
using System.Text;

namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// The content hash and word count of a cleaned article. The hash covers what is stored (not the
/// raw bytes), so a file re-saved with other line endings or blank lines is still "unchanged".
/// </summary>
internal static class ArticleFingerprint
{
    public static string Hash(
        string title,
        string? subtitle,
        IReadOnlyList<string> authors,
        PublishedDate? publishedOn,
        Dateline? dateline,
        string? publisher,
        IReadOnlyList<string> paragraphs)
    {
        var canonical = new StringBuilder()
            .Append(title).Append('\u001f')
            .Append(subtitle).Append('\u001f')
            .AppendJoin('\u001e', authors).Append('\u001f')
            .Append(publishedOn?.ToString()).Append('\u001f')
            .Append(dateline?.Place).Append('\u001e').Append(dateline?.Agency).Append('\u001f')
            .Append(publisher).Append('\u001f')
            .AppendJoin('\u001e', paragraphs);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>Words in the body: runs of non-space characters holding a letter or a digit.</summary>
    public static int CountWords(IReadOnlyList<string> paragraphs)
    {
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            var inWord = false;
            var hasLetter = false;
            foreach (var c in paragraph)
            {
                if (char.IsWhiteSpace(c))
                {
                    count += inWord && hasLetter ? 1 : 0;
                    inWord = hasLetter = false;
                }
                else
                {
                    inWord = true;
                    hasLetter |= char.IsLetterOrDigit(c);
                }
            }

            count += inWord && hasLetter ? 1 : 0;
        }

        return count;
    }
}
