using System.Globalization;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// Hot Chocolate's <c>DateTime</c>: an ISO-8601 date and time with offset, written with
/// milliseconds (<c>2024-05-01T12:30:00.000Z</c>, or <c>+02:00</c> for other offsets).
/// </summary>
public sealed class DateTimeType() : StringLiteralScalarType<DateTimeOffset>(
    "DateTime",
    "The `DateTime` scalar represents an ISO-8601 compliant date time type.",
    "https://www.graphql-scalars.com/date-time")
{
    protected override bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
        && text.Contains('T', StringComparison.OrdinalIgnoreCase);

    protected override bool TryFormat(object runtimeValue, out string text)
    {
        DateTimeOffset? value = runtimeValue switch
        {
            DateTimeOffset offset => offset,
            DateTime { Kind: DateTimeKind.Unspecified } dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            DateTime dateTime => new DateTimeOffset(dateTime.ToUniversalTime()),
            _ => null,
        };
        text = value switch
        {
            null => string.Empty,
            { Offset.Ticks: 0 } v => v.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            var v => v.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        };
        return value is not null;
    }
}
