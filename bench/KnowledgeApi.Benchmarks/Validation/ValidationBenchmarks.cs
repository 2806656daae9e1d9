using BenchmarkDotNet.Attributes;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Tests.Validation.Harness;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.GraphQL.Validation;

namespace KnowledgeApi.Benchmarks.Validation;

/// <summary>
/// Validation time on the documents bench/js/validate-bench.mjs times in graphql-js (same schema,
/// printed to Validation/Documents/schema.graphql; documents written by bench/js/validation-documents.mjs):
/// the introspection query, a large query, and the hostile documents. Parsing is done once, outside.
/// Run: dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- --filter '*ValidationBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MedianColumn]
public class ValidationBenchmarks
{
    private readonly DocumentValidator validator = new(new ValidationOptions { MaxAllowedErrors = 100 });
    private Schema schema = null!;
    private DocumentNode document = null!;

    [Params("introspection", "large", "aliases10000", "chain1000", "cycle1000", "nested60")]
    public string Document { get; set; } = "introspection";

    [GlobalSetup]
    public void Setup()
    {
        schema = ValidationTestSchema.WithSubscriptions;
        var folder = Document == "introspection" ? "Language" : "Validation";
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, folder, "Documents", Document + ".graphql"));
        document = Parser.Parse(text, ParserOptions.Default with { MaxTokens = 1_000_000 });
    }

    [Benchmark]
    public int Validate() => validator.Validate(schema, document).Errors.Count;
}
