using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Language;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.GraphQL.Data.Tests.Filtering;

/// <summary>
/// The expression layer on its own: a <c>where</c> literal becomes a predicate that EF Core runs
/// on the SQLite test library. Each case states the same question in LINQ-to-objects over the
/// generated rows; the ids SQL returns must be exactly those, and the SQL must carry the values
/// as parameters.
/// </summary>
[Collection(LibraryCollection.Name)]
public sealed class FilterExpressionTests(LibraryFixture library)
{
    private static readonly LibraryData Data = LibraryDataGenerator.Generate();
    private static readonly Book First = Data.Books[0];
    private static readonly Book Second = Data.Books[1];

    private static readonly Dictionary<string, Func<Book, bool>> Cases = new()
    {
        // String: ordinal and case-sensitive, wildcards are literal, NULL handling of the negations.
        ["{ title: { eq: \"Code\" } }"] = b => b.Title == "Code",
        ["{ title: { neq: \"Code\" } }"] = b => b.Title != "Code",
        ["{ title: { contains: \"River\" } }"] = b => b.Title.Contains("River", StringComparison.Ordinal),
        ["{ title: { ncontains: \"river\" } }"] = b => !b.Title.Contains("river", StringComparison.Ordinal),
        ["{ title: { contains: \"%\" } }"] = b => b.Title.Contains('%', StringComparison.Ordinal),
        ["{ title: { contains: \"_\" } }"] = b => b.Title.Contains('_', StringComparison.Ordinal),
        ["{ title: { startsWith: \"the\" } }"] = b => b.Title.StartsWith("the", StringComparison.Ordinal),
        ["{ title: { nstartsWith: \"The\" } }"] = b => !b.Title.StartsWith("The", StringComparison.Ordinal),
        ["{ title: { startsWith: \"50%\" } }"] = b => b.Title.StartsWith("50%", StringComparison.Ordinal),
        ["{ title: { endsWith: \"light\" } }"] = b => b.Title.EndsWith("light", StringComparison.Ordinal),
        ["{ title: { nendsWith: \"Light\" } }"] = b => !b.Title.EndsWith("Light", StringComparison.Ordinal),
        ["{ title: { in: [\"Code\", \"code\", \"100%\"] } }"] = b => b.Title is "Code" or "code" or "100%",
        ["{ title: { nin: [\"Code\", \"code\"] } }"] = b => b.Title is not ("Code" or "code"),
        ["{ title: { startsWith: \"The\", endsWith: \"Song\" } }"] = b => b.Title.StartsWith("The", StringComparison.Ordinal) && b.Title.EndsWith("Song", StringComparison.Ordinal),
        ["{ title: { or: [{ eq: \"Code\" }, { eq: \"Map\" }] } }"] = b => b.Title is "Code" or "Map",
        ["{ subtitle: { eq: null } }"] = b => b.Subtitle is null,
        ["{ subtitle: { neq: null } }"] = b => b.Subtitle is not null,
        ["{ subtitle: { eq: \"Essays\" } }"] = b => b.Subtitle == "Essays",
        ["{ subtitle: { neq: \"Essays\" } }"] = b => b.Subtitle != "Essays",
        ["{ subtitle: { contains: \"ovel\" } }"] = b => b.Subtitle?.Contains("ovel", StringComparison.Ordinal) == true,
        ["{ subtitle: { ncontains: \"Novel\" } }"] = b => b.Subtitle?.Contains("Novel", StringComparison.Ordinal) != true,
        ["{ subtitle: { nstartsWith: \"a \" } }"] = b => b.Subtitle?.StartsWith("a ", StringComparison.Ordinal) != true,
        ["{ subtitle: { in: [\"Poems\", null] } }"] = b => b.Subtitle is "Poems" or null,
        ["{ subtitle: { nin: [\"Poems\", null] } }"] = b => b.Subtitle is not ("Poems" or null),

        // Int, nullable int.
        ["{ pages: { eq: 500 } }"] = b => b.Pages == 500,
        ["{ pages: { neq: 500 } }"] = b => b.Pages != 500,
        ["{ pages: { in: [100, 200, 300] } }"] = b => b.Pages is 100 or 200 or 300,
        ["{ pages: { nin: [100, 200, 300] } }"] = b => b.Pages is not (100 or 200 or 300),
        ["{ pages: { gt: 1000 } }"] = b => b.Pages > 1000,
        ["{ pages: { ngt: 1000 } }"] = b => !(b.Pages > 1000),
        ["{ pages: { gte: 1000 } }"] = b => b.Pages >= 1000,
        ["{ pages: { ngte: 1000 } }"] = b => !(b.Pages >= 1000),
        ["{ pages: { lt: 100 } }"] = b => b.Pages < 100,
        ["{ pages: { nlt: 100 } }"] = b => !(b.Pages < 100),
        ["{ pages: { lte: 100 } }"] = b => b.Pages <= 100,
        ["{ pages: { nlte: 100 } }"] = b => !(b.Pages <= 100),
        ["{ pages: { gt: 200, lt: 300 } }"] = b => b.Pages is > 200 and < 300,
        ["{ edition: { eq: null } }"] = b => b.Edition is null,
        ["{ edition: { neq: null } }"] = b => b.Edition is not null,
        ["{ edition: { eq: 3 } }"] = b => b.Edition == 3,
        ["{ edition: { neq: 3 } }"] = b => b.Edition != 3,
        ["{ edition: { gt: 5 } }"] = b => b.Edition > 5,
        ["{ edition: { ngt: 5 } }"] = b => !(b.Edition > 5),
        ["{ edition: { lte: 2 } }"] = b => b.Edition <= 2,
        ["{ edition: { nlte: 2 } }"] = b => !(b.Edition <= 2),
        ["{ edition: { in: [1, null] } }"] = b => b.Edition is 1 or null,
        ["{ edition: { nin: [1, 2] } }"] = b => b.Edition is not (1 or 2),

        // Long.
        ["{ isbn: { gt: 9780050000000000 } }"] = b => b.Isbn > 9780050000000000,
        ["{ isbn: { nlt: 9780050000000000 } }"] = b => !(b.Isbn < 9780050000000000),
        [$"{{ isbn: {{ in: [{First.Isbn}, {Second.Isbn}] }} }}"] = b => b.Isbn == First.Isbn || b.Isbn == Second.Isbn,
        ["{ salesRank: { eq: null } }"] = b => b.SalesRank is null,
        ["{ salesRank: { lte: 3000000000 } }"] = b => b.SalesRank <= 3_000_000_000,
        ["{ salesRank: { ngte: 3000000000 } }"] = b => !(b.SalesRank >= 3_000_000_000),

        // Float, nullable float.
        ["{ rating: { gte: 4.5 } }"] = b => b.Rating >= 4.5,
        ["{ rating: { lt: 1 } }"] = b => b.Rating < 1,
        [$"{{ rating: {{ eq: {First.Rating.ToString(System.Globalization.CultureInfo.InvariantCulture)} }} }}"] = b => b.Rating == First.Rating,
        ["{ criticScore: { gt: 90 } }"] = b => b.CriticScore > 90,
        ["{ criticScore: { nlte: 90.5 } }"] = b => !(b.CriticScore <= 90.5),
        ["{ criticScore: { eq: null } }"] = b => b.CriticScore is null,

        // Decimal, nullable decimal.
        ["{ price: { gt: 90.5 } }"] = b => b.Price > 90.5m,
        ["{ price: { lte: 5 } }"] = b => b.Price <= 5m,
        ["{ price: { ngte: 50 } }"] = b => !(b.Price >= 50m),
        [$"{{ price: {{ eq: {First.Price.ToString(System.Globalization.CultureInfo.InvariantCulture)} }} }}"] = b => b.Price == First.Price,
        [$"{{ price: {{ in: [{First.Price.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {Second.Price.ToString(System.Globalization.CultureInfo.InvariantCulture)}] }} }}"] = b => b.Price == First.Price || b.Price == Second.Price,
        ["{ discountPrice: { lt: 10 } }"] = b => b.DiscountPrice < 10m,
        ["{ discountPrice: { ngt: 10 } }"] = b => !(b.DiscountPrice > 10m),
        ["{ discountPrice: { eq: null } }"] = b => b.DiscountPrice is null,

        // Boolean, nullable boolean.
        ["{ inPrint: { eq: true } }"] = b => b.InPrint,
        ["{ inPrint: { neq: true } }"] = b => !b.InPrint,
        ["{ signed: { eq: true } }"] = b => b.Signed == true,
        ["{ signed: { neq: true } }"] = b => b.Signed != true,
        ["{ signed: { eq: null } }"] = b => b.Signed is null,

        // DateTime, nullable DateTime, DateTimeOffset (compared by instant).
        ["{ publishedAt: { gt: \"2020-01-01T00:00:00Z\" } }"] = b => b.PublishedAt > new DateTime(2020, 1, 1),
        ["{ publishedAt: { lte: \"1995-06-30T12:00:00Z\" } }"] = b => b.PublishedAt <= new DateTime(1995, 6, 30, 12, 0, 0),
        ["{ publishedAt: { ngt: \"2020-01-01T00:00:00Z\" } }"] = b => !(b.PublishedAt > new DateTime(2020, 1, 1)),
        [$"{{ publishedAt: {{ eq: \"{First.PublishedAt:yyyy-MM-ddTHH:mm:ss}Z\" }} }}"] = b => b.PublishedAt == First.PublishedAt,
        [$"{{ publishedAt: {{ in: [\"{First.PublishedAt:yyyy-MM-ddTHH:mm:ss}Z\", \"{Second.PublishedAt:yyyy-MM-ddTHH:mm:ss}Z\"] }} }}"] = b => b.PublishedAt == First.PublishedAt || b.PublishedAt == Second.PublishedAt,
        ["{ lastPrintedAt: { eq: null } }"] = b => b.LastPrintedAt is null,
        ["{ lastPrintedAt: { gte: \"2020-01-01T00:00:00Z\" } }"] = b => b.LastPrintedAt >= new DateTime(2020, 1, 1),
        ["{ updatedAt: { gt: \"2020-01-01T00:00:00+05:30\" } }"] = b => b.UpdatedAt > new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromMinutes(330)),
        ["{ updatedAt: { nlt: \"2010-06-01T00:00:00-05:00\" } }"] = b => !(b.UpdatedAt < new DateTimeOffset(2010, 6, 1, 0, 0, 0, TimeSpan.FromHours(-5))),

        // DateOnly, nullable DateOnly.
        ["{ releaseDay: { gte: \"2010-01-01\" } }"] = b => b.ReleaseDay >= new DateOnly(2010, 1, 1),
        ["{ releaseDay: { lt: \"1991-01-01\" } }"] = b => b.ReleaseDay < new DateOnly(1991, 1, 1),
        [$"{{ releaseDay: {{ eq: \"{First.ReleaseDay:yyyy-MM-dd}\" }} }}"] = b => b.ReleaseDay == First.ReleaseDay,
        ["{ outOfPrintOn: { eq: null } }"] = b => b.OutOfPrintOn is null,
        ["{ outOfPrintOn: { nlt: \"2005-01-01\" } }"] = b => !(b.OutOfPrintOn < new DateOnly(2005, 1, 1)),

        // UUID, nullable UUID.
        [$"{{ key: {{ eq: \"{First.Key}\" }} }}"] = b => b.Key == First.Key,
        [$"{{ key: {{ neq: \"{First.Key}\" }} }}"] = b => b.Key != First.Key,
        [$"{{ key: {{ in: [\"{First.Key}\", \"{Second.Key}\"] }} }}"] = b => b.Key == First.Key || b.Key == Second.Key,
        [$"{{ key: {{ nin: [\"{First.Key}\"] }} }}"] = b => b.Key != First.Key,
        ["{ externalKey: { eq: null } }"] = b => b.ExternalKey is null,
        ["{ externalKey: { neq: null } }"] = b => b.ExternalKey is not null,

        // Enum, nullable enum.
        ["{ genre: { eq: POETRY } }"] = b => b.Genre == Genre.Poetry,
        ["{ genre: { neq: POETRY } }"] = b => b.Genre != Genre.Poetry,
        ["{ genre: { in: [FICTION, HISTORY] } }"] = b => b.Genre is Genre.Fiction or Genre.History,
        ["{ genre: { nin: [FICTION, HISTORY] } }"] = b => b.Genre is not (Genre.Fiction or Genre.History),
        ["{ secondaryGenre: { eq: null } }"] = b => b.SecondaryGenre is null,
        ["{ secondaryGenre: { neq: SCIENCE } }"] = b => b.SecondaryGenre != Genre.Science,

        // A list of strings (primitive collection).
        ["{ keywords: { some: { eq: \"classic\" } } }"] = b => b.Keywords.Contains("classic"),
        ["{ keywords: { none: { eq: \"Classic\" } } }"] = b => !b.Keywords.Contains("Classic"),
        ["{ keywords: { all: { startsWith: \"s\" } } }"] = b => b.Keywords.All(k => k.StartsWith('s')),
        ["{ keywords: { any: true } }"] = b => b.Keywords.Count > 0,
        ["{ keywords: { any: false } }"] = b => b.Keywords.Count == 0,
        ["{ keywords: { some: { in: [\"award\", \"debut\"] } } }"] = b => b.Keywords.Any(k => k is "award" or "debut"),

        // A 1:n list of objects and an n:m list of objects.
        ["{ reviews: { some: { stars: { eq: 5 } } } }"] = b => b.Reviews.Any(r => r.Stars == 5),
        ["{ reviews: { all: { stars: { gte: 3 } } } }"] = b => b.Reviews.All(r => r.Stars >= 3),
        ["{ reviews: { none: { text: { eq: null } } } }"] = b => !b.Reviews.Any(r => r.Text is null),
        ["{ reviews: { any: false } }"] = b => b.Reviews.Count == 0,
        ["{ reviews: { some: { stars: { eq: 1 }, text: { contains: \"dull\" } } } }"] = b => b.Reviews.Any(r => r.Stars == 1 && r.Text?.Contains("dull", StringComparison.Ordinal) == true),
        ["{ tags: { some: { name: { eq: \"tag-07\" } } } }"] = b => b.Tags.Any(t => t.Name == "tag-07"),
        ["{ tags: { all: { name: { in: [\"tag-01\", \"tag-02\"] } } } }"] = b => b.Tags.All(t => t.Name is "tag-01" or "tag-02"),

        // A nested object, and a list inside it.
        ["{ author: { country: { eq: \"NL\" } } }"] = b => b.Author.Country == "NL",
        ["{ author: { country: { eq: null } } }"] = b => b.Author.Country is null,
        ["{ author: { name: { startsWith: \"Ada\" }, isActive: { eq: true } } }"] = b => b.Author.Name.StartsWith("Ada", StringComparison.Ordinal) && b.Author.IsActive,
        ["{ author: { books: { some: { pages: { gt: 1190 } } } } }"] = b => b.Author.Books.Any(o => o.Pages > 1190),
        ["{ author: { bornOn: { lt: \"1920-01-01\" } } }"] = b => b.Author.BornOn < new DateOnly(1920, 1, 1),

        // Combinators.
        ["{ and: [{ pages: { gt: 500 } }, { genre: { eq: SCIENCE } }] }"] = b => b.Pages > 500 && b.Genre == Genre.Science,
        ["{ or: [{ pages: { lt: 50 } }, { genre: { eq: SCIENCE } }] }"] = b => b.Pages < 50 || b.Genre == Genre.Science,
        ["{ or: [{ title: { eq: \"Code\" } }, { and: [{ inPrint: { eq: false } }, { author: { country: { eq: \"JP\" } } }] }] }"] =
            b => b.Title == "Code" || (!b.InPrint && b.Author.Country == "JP"),
        ["{ and: { pages: { gt: 1100 } } }"] = b => b.Pages > 1100,
        ["{ pages: { gt: 600 }, or: [{ edition: { eq: 1 } }, { edition: { eq: null } }] }"] = b => b.Pages > 600 && (b.Edition == 1 || b.Edition is null),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task The_filter_returns_the_rows_linq_to_objects_returns_and_runs_in_sql_with_parameters(string where)
    {
        var expected = library.Data.Books.Where(Cases[where]).Select(b => b.Id).Order().ToList();
        var capture = new SqlCapture();
        await using var context = library.CreateContext(capture);
        var predicate = FilterVisitor.Build<Book>(LibrarySchema.BookFilter, Parser.ParseValue(where));

        Assert.NotNull(predicate);
        var actual = await context.Books.Where(predicate).Select(b => b.Id).OrderBy(id => id).ToListAsync();

        Assert.Equal(expected, actual);
        var command = Assert.Single(capture.Commands);
        Assert.Contains("WHERE", command.Sql, StringComparison.Ordinal);
        AssertNoInlinedValues(where, command);
    }

    [Fact]
    public void The_cases_are_not_trivial()
    {
        // A case that selects every row or none proves little; a few (null columns, rare titles) may.
        var trivial = Cases.Where(c => !Data.Books.Any(c.Value) || Data.Books.All(c.Value)).Select(c => c.Key).ToList();
        Assert.True(trivial.Count <= 3, "Trivial cases: " + string.Join(", ", trivial));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{ title: {} }")]
    [InlineData("{ and: [] }")]
    public void A_filter_that_asks_for_nothing_adds_no_predicate(string where) =>
        Assert.Null(FilterVisitor.Build<Book>(LibrarySchema.BookFilter, Parser.ParseValue(where)));

    [Theory]
    [InlineData("{ pages: { gt: null } }", "gt", "IntOperationFilterInput", "Int!")]
    [InlineData("{ title: { contains: null } }", "contains", "StringOperationFilterInput", "String!")]
    [InlineData("{ title: { startsWith: null } }", "startsWith", "StringOperationFilterInput", "String!")]
    [InlineData("{ price: { nlte: null } }", "nlte", "DecimalOperationFilterInput", "Decimal!")]
    [InlineData("{ genre: { in: null } }", "in", "GenreOperationFilterInput", "[Genre!]!")]
    [InlineData("{ reviews: { some: null } }", "some", "ListFilterInputTypeOfReviewFilterInput", "ReviewFilterInput!")]
    [InlineData("{ keywords: { any: null } }", "any", "ListStringOperationFilterInput", "Boolean!")]
    public void Null_where_an_operation_cannot_take_one_is_error_hc0026(string where, string operation, string filterType, string expectedType)
    {
        var error = Assert.Throws<FilterException>(() => FilterVisitor.Build<Book>(LibrarySchema.BookFilter, Parser.ParseValue(where))).Error;

        Assert.Equal("HC0026", error.Code);
        Assert.Contains($"`{operation}`", error.Message, StringComparison.Ordinal);
        Assert.Equal(expectedType, error.Extensions.Single(e => e.Key == "expectedType").Value);
        Assert.Equal(filterType, error.Extensions.Single(e => e.Key == "filterType").Value);
    }

    [Fact]
    public void The_same_filter_over_plain_objects_guards_nulls_and_compares_ordinally()
    {
        var predicate = FilterVisitor.Build<Book>(
            LibrarySchema.BookFilter,
            Parser.ParseValue("{ subtitle: { startsWith: \"a\" }, author: { country: { eq: \"NL\" } } }"),
            inMemory: true)!.Compile();
        var orphan = new Book { Title = "x", Subtitle = null, Author = null! };

        Assert.False(predicate(orphan));
        Assert.Equal(
            Data.Books.Count(b => b.Subtitle?.StartsWith('a') == true && b.Author.Country == "NL"),
            Data.Books.Count(predicate));
    }

    // Strings and numbers from the literal must reach SQL as parameters, never as text in the command.
    private static void AssertNoInlinedValues(string where, CapturedCommand command)
    {
        // EF writes `IS NULL` for a null value and needs no parameter for `any`; every other value is one.
        var values = Parser.ParseValue(where).GetNodes().SelectMany(Flatten)
            .Count(n => n is StringValueNode or IntValueNode or FloatValueNode or EnumValueNode);
        Assert.True(values == 0 || command.Parameters.Count > 0, "The values were not sent as parameters:\n" + command.Sql);

        foreach (var token in Parser.ParseValue(where).GetNodes().SelectMany(Flatten).OfType<StringValueNode>())
        {
            Assert.DoesNotContain($"'{token.Value}'", command.Sql, StringComparison.Ordinal);
        }

        foreach (var number in Parser.ParseValue(where).GetNodes().SelectMany(Flatten).OfType<IntValueNode>())
        {
            var sent = string.Join(" ", command.Parameters.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Contains(number.Value, sent, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<ISyntaxNode> Flatten(ISyntaxNode node) => [node, .. node.GetNodes().SelectMany(Flatten)];
}
