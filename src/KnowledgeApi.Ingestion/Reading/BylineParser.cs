using System.Text.RegularExpressions;

namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// Recognises an author line: "Eric London", "By Jane Roe and John Doe", "Jane Roe (AP)",
/// "Ana Pérez, Luis Gómez &amp; Kim Lee, Reuters". Every part must look like a personal name
/// (one to five capitalised words, with particles such as "de" or "van" allowed), so an ordinary
/// sentence is never taken for a byline.
/// </summary>
internal static partial class BylineParser
{
    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "AP", "Associated Press", "Reuters", "AFP", "Agence France-Presse", "Bloomberg", "UPI", "PA", "dpa", "EFE",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "y", "bin", "al", "ibn", "dos", "das",
    };

    public static Byline? Parse(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        var explicitBy = ByPrefix().Match(text);
        if (explicitBy.Success)
        {
            text = text[explicitBy.Length..];
        }

        string? agency = null;
        var inParentheses = TrailingParentheses().Match(text);
        if (inParentheses.Success && Agencies.Contains(inParentheses.Groups[1].Value.Trim()))
        {
            agency = inParentheses.Groups[1].Value.Trim();
            text = text[..inParentheses.Index];
        }

        var parts = Separators().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (agency is null && parts.Count > 1 && Agencies.Contains(parts[^1]))
        {
            agency = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }

        // Without "By", a lone word ("Body.") is too weak a sign: names need two words then.
        var minimumWords = explicitBy.Success ? 1 : 2;
        if (parts.Count is 0 or > 8 || !parts.All(p => IsPersonalName(p, minimumWords)))
        {
            return null;
        }

        return new Byline(parts, agency);
    }

    private static bool IsPersonalName(string part, int minimumWords)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < minimumWords || words.Length > 5 || Agencies.Contains(part))
        {
            return false;
        }

        var capitalised = 0;
        foreach (var word in words)
        {
            // Dots only in initials and short forms ("J.", "Jr."), never ending a longer word.
            var letters = word.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' || (c == '.' && word.Length <= 3));
            if (char.IsUpper(word[0]) && letters)
            {
                capitalised++;
            }
            else if (!Particles.Contains(word))
            {
                return false;
            }
        }

        return capitalised > 0;
    }

    [GeneratedRegex(@"^by\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\(([^()]+)\)\s*$")]
    private static partial Regex TrailingParentheses();

    [GeneratedRegex(@"\s*(?:,|&|\band\b)\s*")]
    private static partial Regex Separators();
}

/// <summary>The authors of a byline, in order, and the news agency it credits, if any.</summary>
internal sealed record Byline(IReadOnlyList<string> Authors, string? Agency);
