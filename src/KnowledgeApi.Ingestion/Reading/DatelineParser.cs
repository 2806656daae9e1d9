using System.Text.RegularExpressions;

namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// Takes a wire-service dateline off the start of the first paragraph: "WASHINGTON (AP) — The
/// Senate..." becomes the paragraph "The Senate..." and the dateline (WASHINGTON, AP). The place
/// is kept as article metadata rather than text because it is a filing location, not prose:
/// left in, it would read as the first words of the story and as a mention of the place.
/// </summary>
internal static partial class DatelineParser
{
    public static (Dateline? Dateline, string Paragraph) Split(string paragraph)
    {
        var match = Pattern().Match(paragraph);
        if (!match.Success)
        {
            return (null, paragraph);
        }

        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        var place = match.Groups["place"].Value.Trim().TrimEnd(',');
        return (new Dateline(place, agency), paragraph[match.Length..]);
    }

    // An upper-case place (optionally ", State"), an optional (AGENCY), then a dash.
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?(?:,\s*\p{Lu}[\p{L}.]{1,20}(?:\s\p{Lu}[\p{L}.]+)?)?)\s*(?:\((?<agency>[\p{L} .-]{2,30})\)\s*)?(?:—|–|--?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
