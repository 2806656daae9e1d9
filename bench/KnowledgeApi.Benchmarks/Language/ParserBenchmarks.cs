using BenchmarkDotNet.Attributes;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.Benchmarks.Language;

/// <summary>
/// Parsing throughput on the documents bench/js/parse-bench.mjs times in graphql-js, and the
/// lexer alone to prove it allocates nothing per token.
/// Run: dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- --filter '*ParserBenchmarks*'
/// </summary>
[MemoryDiagnoser]
// Fifteen measured iterations rather than ShortRun's three: the build machine is shared, and
// the median of more iterations is what stays comparable with bench/js/parse-bench.mjs.
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
[MedianColumn]
public class ParserBenchmarks
{
    private byte[] source = [];

    [Params("introspection", "kitchen-sink", "large")]
    public string Document { get; set; } = "introspection";

    [GlobalSetup]
    public void Setup() => source = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Language", "Documents", Document + ".graphql"));

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(source);

    [Benchmark]
    public int LexOnly()
    {
        var reader = new Utf8GraphQLReader(source);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
