using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Dated happenings the text names: "the 1973 coup", "the coup of September 11, 1973", "the
/// January 6 coup attempt". A happening matches a gazetteer event of the same kind (its
/// category) whose start date agrees with what the text gives; otherwise it becomes an
/// unconfirmed event carrying the date the text gives, when the text gives a full one.
/// </summary>
internal static partial class EventRecognizer
{
    public static void Recognize(IEnumerable<ParagraphView> views, ArticleEntities entities, IReadOnlyList<GazetteerEntry> gazetteer)
    {
        foreach (var view in views)
        {
            foreach (Match match in DatedEvent().Matches(view.Text))
            {
                var noun = match.Groups["noun"].Success ? match.Groups["noun"].Value : match.Groups["noun2"].Value;
                var kind = KindOf(noun);
                int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture)
                    : match.Groups["year2"].Success ? int.Parse(match.Groups["year2"].Value, CultureInfo.InvariantCulture) : null;
                int? month = match.Groups["month"].Success ? MonthNumber(match.Groups["month"].Value)
                    : match.Groups["month2"].Success ? MonthNumber(match.Groups["month2"].Value) : null;
                int? day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture)
                    : match.Groups["day2"].Success ? int.Parse(match.Groups["day2"].Value, CultureInfo.InvariantCulture) : null;

                var known = gazetteer.FirstOrDefault(e => e.Kind == EntityKind.Event && e.StartsOn is { } d
                    && string.Equals(e.Category, kind, StringComparison.OrdinalIgnoreCase)
                    && (year is null || d.Year == year) && (month is null || d.Month == month && d.Day == day));
                EntityCandidate candidate;
                if (known is not null)
                {
                    candidate = entities.Resolve(EntityCandidate.GazetteerKey(known.Id))!;
                }
                else
                {
                    var name = match.Value;
                    DateOnly? date = year is { } y && month is { } mo && day is { } dd && dd <= DateTime.DaysInMonth(y, mo)
                        ? new DateOnly(y, mo, dd)
                        : null;
                    candidate = entities.Add(new EntityCandidate(EntityCandidate.RuleKey(EntityKind.Event, name), EntityKind.Event, name, confirmed: false)
                    {
                        Category = kind,
                        StartsOn = date,
                        EndsOn = date,
                    });
                }

                var first = view.TokenAt(match.Index);
                var last = view.TokenAt(match.Index + match.Length - 1);
                entities.AddMention(view, candidate, match.Index, match.Index + match.Length, first, last - first + 1);
            }
        }
    }

    private static string KindOf(string noun)
    {
        var lower = noun.ToLowerInvariant();
        return lower.StartsWith("revolution", StringComparison.Ordinal) ? "revolution"
            : lower.StartsWith("massacre", StringComparison.Ordinal) ? "massacre"
            : lower.StartsWith("war", StringComparison.Ordinal) ? "war"
            : "coup";
    }

    private static int MonthNumber(string name) =>
        DateTime.ParseExact(name, "MMMM", CultureInfo.InvariantCulture).Month;

    [GeneratedRegex(@"\b(?:(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<day>\d{1,2})(?:, (?<year>\d{4}))?|(?<year>1\d{3}|20\d{2})) (?:(?:US|U\.S\.|CIA|military|army|fascist|failed|attempted)[- ](?:backed )?)?(?<noun>coup(?: d[’']état)?(?: attempt)?|insurrection|uprising|putsch|massacre|revolution)|(?<noun2>coup|insurrection|uprising|putsch|massacre) of (?<month2>January|February|March|April|May|June|July|August|September|October|November|December) (?<day2>\d{1,2}), (?<year2>\d{4}))")]
    private static partial Regex DatedEvent();
}
