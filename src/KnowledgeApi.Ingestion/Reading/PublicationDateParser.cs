using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// Recognises a header line that is a publication date and nothing else: "6 November 2019",
/// "November 6, 2019", "Mon 3 Feb 2020 14.05 GMT", "Published: 2021-03-05", "November 2019",
/// "1996". A line with any other words is not a date line, so a sentence mentioning a year in the
/// body is never taken for one.
/// </summary>
internal static partial class PublicationDateParser
{
    private const int MinYear = 1800;

    private const int MaxYear = 2200;

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly HashSet<string> Noise = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "posted", "updated", "last", "first", "on", "at", "date", "dated",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "gmt", "bst", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "am", "pm", "a.m.", "p.m.",
    };

    public static PublishedDate? Parse(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length is 0 or > 80)
        {
            return null;
        }

        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return FromParts(Number(iso.Groups["y"].Value), iso.Groups["m"].Success ? Number(iso.Groups["m"].Value) : null, iso.Groups["d"].Success ? Number(iso.Groups["d"].Value) : null);
        }

        int? year = null, month = null, day = null;
        foreach (Match token in Token().Matches(text))
        {
            var word = token.Value.TrimEnd('.', ':');
            if (Noise.Contains(token.Value) || Noise.Contains(word) || Time().IsMatch(token.Value))
            {
                continue;
            }

            if (MonthOf(word) is { } m && month is null)
            {
                month = m;
            }
            else if (word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && year is null)
            {
                year = y;
            }
            else if (DayNumber().Match(word) is { Success: true } d && day is null)
            {
                day = Number(d.Groups[1].Value);
            }
            else
            {
                return null;
            }
        }

        // A day without a month ("6 2019") is not a date anyone writes.
        return year is null || (day is not null && month is null) ? null : FromParts(year.Value, month, day);
    }

    private static PublishedDate? FromParts(int year, int? month, int? day)
    {
        // Outside these years a four-digit number is a count or a street number, not a date.
        if (year is < MinYear or > MaxYear)
        {
            return null;
        }

        if (month is null)
        {
            return new PublishedDate(new DateOnly(year, 1, 1), DatePrecision.Year);
        }

        if (month is < 1 or > 12)
        {
            return null;
        }

        if (day is null)
        {
            return new PublishedDate(new DateOnly(year, month.Value, 1), DatePrecision.Month);
        }

        return day >= 1 && day <= DateTime.DaysInMonth(year, month.Value)
            ? new PublishedDate(new DateOnly(year, month.Value, day.Value), DatePrecision.Day)
            : null;
    }

    private static int? MonthOf(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            var name = MonthNames[i];
            if (name.Equals(word, StringComparison.OrdinalIgnoreCase)
                || (word.Length <= 4 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?:published|posted|updated|date)\s*:?\s*)?(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?(?:[T ]\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"[^\s,|·;()]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^\d{1,2}[.:]\d{2}(?:[ap]m)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayNumber();
}
