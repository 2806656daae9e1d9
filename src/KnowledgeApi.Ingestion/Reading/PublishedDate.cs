using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// A publication date as precise as the source gave it: a year-only date is 1 January of the
/// year with <see cref="DatePrecision.Year"/>, a month-only date the 1st of the month.
/// </summary>
public readonly record struct PublishedDate(DateOnly Date, DatePrecision Precision)
{
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
