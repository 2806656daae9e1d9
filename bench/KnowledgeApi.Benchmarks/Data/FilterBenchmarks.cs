using BenchmarkDotNet.Attributes;
using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Sorting;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Benchmarks.Data;

/// <summary>
/// The per-request cost of filtering and sorting: turning a <c>where</c> literal with five
/// operations (string, range, enum list, nested object, list of objects) into a predicate, and an
/// <c>order</c> literal into keys; and the generated predicate, compiled, against the same
/// condition written by hand over 10,000 rows (it should cost the same per row).
/// Run: dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- --filter '*FilterBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class FilterBenchmarks
{
    private const string Where = """
        { title: { startsWith: "The" }, pages: { gte: 100, lt: 900 }, genre: { in: [POETRY, HISTORY] },
          author: { country: { eq: "NL" } }, reviews: { some: { stars: { gte: 4 } } } }
        """;

    private readonly FilterInputType filterType;
    private readonly SortInputType sortType;
    private readonly IValueNode whereLiteral = Parser.ParseValue(Where);
    private readonly IValueNode orderLiteral = Parser.ParseValue("[{ author: { name: ASC } }, { pages: DESC }, { id: ASC }]");
    private readonly List<BenchBook> books;
    private readonly Func<BenchBook, bool> generated;

    public FilterBenchmarks()
    {
        var schema = SchemaBuilder.New().AddQueryType<BenchLibrary>().Create();
        filterType = (FilterInputType)schema.QueryType.Fields["books"].Arguments["where"].Type;
        sortType = (SortInputType)schema.QueryType.Fields["books"].Arguments["order"].Type.NamedType();
        var random = new Random(7);
        string[] words = ["The", "A", "River", "Night", "Code"];
        books = [.. Enumerable.Range(1, 10_000).Select(id => new BenchBook
        {
            Id = id,
            Title = words[random.Next(words.Length)] + " " + words[random.Next(words.Length)],
            Pages = random.Next(50, 1200),
            Genre = (BenchGenre)random.Next(4),
            Author = new BenchAuthor { Name = "A" + random.Next(100), Country = random.Next(3) == 0 ? "NL" : "GB" },
            Reviews = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new BenchReview { Stars = random.Next(1, 6) })],
        })];
        generated = FilterVisitor.Build<BenchBook>(filterType, whereLiteral, inMemory: true)!.Compile();
    }

    [Benchmark]
    public object? BuildPredicate() => FilterVisitor.Build<BenchBook>(filterType, whereLiteral);

    [Benchmark]
    public object BuildSortKeys() => SortVisitor.Visit<BenchBook>(sortType, orderLiteral);

    [Benchmark(Baseline = true)]
    public int HandWrittenPredicateOver10000Rows() => books.Count(b =>
        b.Title.StartsWith("The", StringComparison.Ordinal) && b.Pages >= 100 && b.Pages < 900
        && b.Genre is BenchGenre.Poetry or BenchGenre.History && b.Author.Country == "NL" && b.Reviews.Any(r => r.Stars >= 4));

    [Benchmark]
    public int GeneratedPredicateOver10000Rows() => books.Count(generated);
}

#pragma warning disable CA1812 // created by the schema builder and the benchmark setup
public sealed class BenchLibrary
{
    [UseFiltering]
    [UseSorting]
    public IQueryable<BenchBook> GetBooks() => Enumerable.Empty<BenchBook>().AsQueryable();
}

public sealed class BenchBook
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public int Pages { get; set; }

    public BenchGenre Genre { get; set; }

    public BenchAuthor Author { get; set; } = null!;

    public List<BenchReview> Reviews { get; set; } = [];
}

public sealed class BenchAuthor
{
    public string Name { get; set; } = string.Empty;

    public string? Country { get; set; }
}

public sealed class BenchReview
{
    public int Stars { get; set; }
}

public enum BenchGenre
{
    Fiction,
    Science,
    History,
    Poetry,
}
#pragma warning restore CA1812
