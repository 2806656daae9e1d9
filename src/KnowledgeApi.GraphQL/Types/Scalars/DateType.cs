using System.Globalization;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// Hot Chocolate's <c>Date</c>: a calendar date, <c>yyyy-MM-dd</c>. UNCONFIRMED whether HC 14
/// prints a <c>@specifiedBy</c> URL for it; we print none.
/// </summary>
public sealed class DateType() : StringLiteralScalarType<DateOnly>(
    "Date",
    "The `Date` scalar represents an ISO-8601 compliant date type.")
{
    protected override bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    protected override bool TryFormat(object runtimeValue, out string text)
    {
        DateOnly? value = runtimeValue switch
        {
            DateOnly date => date,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            _ => null,
        };
        text = value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        return value is not null;
    }
}
