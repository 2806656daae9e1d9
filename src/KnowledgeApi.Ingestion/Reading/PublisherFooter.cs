using System.Text.RegularExpressions;

namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// Removes a publisher's closing boilerplate ("To contact the WSWS and the Socialist Equality
/// Party visit:" and the link after it), whatever its spelling or line breaks, and tells whether
/// it was the World Socialist Web Site's, which makes WSWS the article's publisher.
/// </summary>
internal static partial class PublisherFooter
{
    public const string WswsName = "World Socialist Web Site";

    /// <summary>Strips the footer from raw Markdown paragraphs in place.</summary>
    /// <returns>The publisher the footer names, or null when there was no publisher footer.</returns>
    public static string? Strip(List<string> paragraphs)
    {
        // The footer is the last paragraph that is not a bare link; only links may follow it.
        var index = paragraphs.Count - 1;
        while (index >= 0 && LinkOnly().IsMatch(paragraphs[index]))
        {
            index--;
        }

        if (index < 0)
        {
            return null;
        }

        var footer = ContactFooter().Match(Regex.Replace(paragraphs[index], @"\s+", " "));
        if (!footer.Success)
        {
            return null;
        }

        paragraphs.RemoveRange(index, paragraphs.Count - index);
        return WswsSpelling().IsMatch(footer.Groups[1].Value) ? WswsName : null;
    }

    [GeneratedRegex(@"^[\s*_]*(?:\[[^\]]*\]\([^)]*\)|<?https?://\S+?>?|(?:www\.)?[\w-]+\.(?:org|com|net)/\S*)[\s*_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkOnly();

    [GeneratedRegex(@"^[\s*_]*to\s+contact\s+(?:the\s+)?(\S+).{0,120}?\bvisit\b\s*:?[\s*_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactFooter();

    // WSWS, WSWWS, W.S.W.S.: the site's name, however it was typed.
    [GeneratedRegex(@"^W[\W_]*(?:S[\W_]*)?W+[\W_]*S[\W_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WswsSpelling();
}
