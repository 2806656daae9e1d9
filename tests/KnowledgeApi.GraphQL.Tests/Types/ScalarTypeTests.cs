using System.Text.Json;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Types;

public sealed class ScalarTypeTests
{
    [Fact]
    public void Int_parses_int_literals_and_rejects_values_outside_32_bits()
    {
        var type = new IntType();

        Assert.Equal(42, type.ParseLiteral(new IntValueNode(null, "42")));
        Assert.Throws<LeafCoercionException>(() => type.ParseLiteral(new IntValueNode(null, "2147483648")));
        Assert.Throws<LeafCoercionException>(() => type.ParseLiteral(new StringValueNode(null, "42", false)));
        Assert.Throws<LeafCoercionException>(() => type.Serialize(long.MaxValue));
    }

    [Fact]
    public void Float_accepts_int_literals_and_prints_whole_numbers_as_int_literals()
    {
        var type = new FloatType();

        Assert.Equal(3d, type.ParseLiteral(new IntValueNode(null, "3")));
        Assert.Equal(2.5d, type.ParseLiteral(new FloatValueNode(null, "2.5")));
        Assert.Equal("2", ValueLiteralPrinter.Print(type.ToLiteral(2.0)));
        Assert.Equal("0.25", ValueLiteralPrinter.Print(type.ToLiteral(0.25)));
        Assert.Throws<LeafCoercionException>(() => type.Serialize(double.NaN));
    }

    [Fact]
    public void Id_accepts_strings_and_integers_and_always_serializes_a_string()
    {
        var type = new IdType();

        Assert.Equal("7", type.ParseLiteral(new IntValueNode(null, "7")));
        Assert.Equal("a7", type.ParseLiteral(new StringValueNode(null, "a7", false)));
        Assert.Equal("7", type.ParseValue(JsonDocument.Parse("7").RootElement));
        Assert.Equal("12", type.Serialize(12));
        Assert.Throws<LeafCoercionException>(() => type.ParseLiteral(new FloatValueNode(null, "1.5")));
    }

    [Fact]
    public void Long_keeps_64_bit_values()
    {
        var type = new LongType();

        Assert.Equal(9_007_199_254_740_993L, type.ParseLiteral(new IntValueNode(null, "9007199254740993")));
        Assert.Equal(5L, type.ParseValue(5));
        Assert.Equal(long.MinValue, type.Serialize(long.MinValue));
    }

    [Fact]
    public void Decimal_parses_without_losing_digits()
    {
        var type = new DecimalType();

        Assert.Equal(0.1m, type.ParseLiteral(new FloatValueNode(null, "0.1")));
        Assert.Equal(12345678901234567890.5m, type.ParseValue(JsonDocument.Parse("12345678901234567890.5").RootElement));
    }

    [Fact]
    public void DateTime_writes_milliseconds_and_z_for_utc_and_the_offset_otherwise()
    {
        var type = new DateTimeType();

        Assert.Equal("2024-05-01T12:30:00.000Z", type.Serialize(new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.Zero)));
        Assert.Equal("2024-05-01T12:30:00.250+02:00", type.Serialize(new DateTimeOffset(2024, 5, 1, 12, 30, 0, 250, TimeSpan.FromHours(2))));
        Assert.Equal("2024-05-01T12:30:00.000Z", type.Serialize(new DateTime(2024, 5, 1, 12, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(
            new DateTimeOffset(2024, 5, 1, 10, 30, 0, TimeSpan.Zero),
            type.ParseLiteral(new StringValueNode(null, "2024-05-01T12:30:00+02:00", false)));
        Assert.Throws<LeafCoercionException>(() => type.ParseLiteral(new StringValueNode(null, "yesterday", false)));
        Assert.Equal("https://www.graphql-scalars.com/date-time", type.SpecifiedByUrl);
    }

    [Fact]
    public void Date_is_year_month_day_only()
    {
        var type = new DateType();

        Assert.Equal(new DateOnly(2024, 2, 29), type.ParseLiteral(new StringValueNode(null, "2024-02-29", false)));
        Assert.Equal("2024-02-29", type.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Throws<LeafCoercionException>(() => type.ParseLiteral(new StringValueNode(null, "2023-02-29", false)));
        Assert.Throws<LeafCoercionException>(() => type.ParseLiteral(new StringValueNode(null, "2024-02-29T00:00:00Z", false)));
    }

    [Fact]
    public void Uuid_parses_any_guid_format_and_writes_hyphenated_lowercase()
    {
        var type = new UuidType();
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal(guid, type.ParseLiteral(new StringValueNode(null, "0F8FAD5BD9CB469FA16570867728950E", false)));
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", type.Serialize(guid));
        Assert.Throws<LeafCoercionException>(() => type.ParseValue("not-a-guid"));
    }

    [Fact]
    public void Url_keeps_the_original_text()
    {
        var type = new UrlType();

        Assert.Equal(new Uri("https://example.org/a?b=c"), type.ParseLiteral(new StringValueNode(null, "https://example.org/a?b=c", false)));
        Assert.Equal("https://example.org/a?b=c", type.Serialize(new Uri("https://example.org/a?b=c")));
    }

    [Fact]
    public void Null_is_accepted_by_every_scalar()
    {
        ScalarType[] scalars = [new IntType(), new FloatType(), new StringType(), new BooleanType(), new IdType(), new LongType(), new DecimalType(), new DateTimeType(), new DateType(), new UuidType(), new UrlType()];

        Assert.All(scalars, s => Assert.Null(s.ParseLiteral(new NullValueNode(null))));
        Assert.All(scalars, s => Assert.True(s.IsInstanceOfType(new NullValueNode(null))));
    }
}
