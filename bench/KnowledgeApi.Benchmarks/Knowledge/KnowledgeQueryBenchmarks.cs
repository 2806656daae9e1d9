using BenchmarkDotNet.Attributes;
using KnowledgeApi.Benchmarks.Ingestion;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Benchmarks.Knowledge;

/// <summary>
/// The knowledge graph's two typical requests, in process through the server's own composition
/// (the same schema, DataLoaders and pooled EF contexts as <c>dotnet run</c>), over a SQLite file
/// seeded with 60 generated seed-length articles by the real ingestion pipeline: the nested
/// 50-article query (quotations with their speakers, authors) and a point lookup by slug. Each
/// request gets its own service scope, as an HTTP request does.
/// Run: dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- --filter '*KnowledgeQueryBenchmarks*' --inProcess
/// </summary>
[MemoryDiagnoser]
public class KnowledgeQueryBenchmarks
{
    private const string NestedQuery = """
        query($n: Int!) {
          articles(first: $n) {
            nodes {
              title
              quotations { nodes { text speaker { __typename name } } }
              authors { nodes { name } }
            }
          }
        }
        """;

    // Each article's first 5 quotations: one windowed statement for all 50 articles' pages.
    private const string PagedQuery = """
        query($n: Int!) {
          articles(first: $n) {
            nodes {
              title
              quotations(first: 5) { nodes { text speaker { __typename name } } }
              authors { nodes { name } }
            }
          }
        }
        """;

    private const string PointLookup = """
        query($slug: String!) { articleBySlug(slug: $slug) { title publishedOn authors { nodes { name } } } }
        """;

    private string _folder = "";
    private WebApplication? _app;
    private IRequestExecutor? _executor;
    private string _slug = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "knowledgeapi-bench-graph", Guid.NewGuid().ToString("N"));
        var seeds = Path.Combine(_folder, "seeds");
        GeneratedArticles.Write(seeds, 60);
        _app = KnowledgeServer.Build(
        [
            "--environment", "Production",
            $"--ConnectionStrings:Knowledge=Data Source={Path.Combine(_folder, "knowledge.db")}",
            $"--Knowledge:SeedsPath={seeds}",
            $"--Knowledge:GazetteerPath={Path.Combine(GeneratedArticles.RepositoryRoot(), "seeds", "gazetteer.json")}",
            "--Logging:LogLevel:Default=Warning",

            // The nested 50-article query costs more than the default limit of 1000 allows; the benchmark measures execution, not refusal.
            "--GraphQL:Limits:EnforceCostLimits=false",
        ]);
        KnowledgeServer.PrepareAsync(_app).GetAwaiter().GetResult();
        _executor = _app.Services.GetRequiredService<IRequestExecutor>();

        var nested = RunAsync(NestedQuery, new Dictionary<string, object?> { ["n"] = 50 }).GetAwaiter().GetResult();
        if (nested.Errors.Count > 0 || !nested.HasData)
        {
            throw new InvalidOperationException("The nested query failed: " + ((ExecutionResult)nested).ToJson());
        }

        var first = (ExecutionResult)RunAsync("{ articles(first: 1) { nodes { slug } } }", null).GetAwaiter().GetResult();
        var json = first.ToJson();
        const string marker = "\"slug\":\"";
        var start = json.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        _slug = json[start..json.IndexOf('"', start)];
    }

    [Benchmark(Description = "50 articles with quotations, speakers and authors")]
    public Task<IExecutionResult> Nested50() => RunAsync(NestedQuery, new Dictionary<string, object?> { ["n"] = 50 });

    [Benchmark(Description = "50 articles with quotations(first: 5), speakers and authors")]
    public Task<IExecutionResult> Paged50() => RunAsync(PagedQuery, new Dictionary<string, object?> { ["n"] = 50 });

    [Benchmark(Description = "5 articles with quotations, speakers and authors")]
    public Task<IExecutionResult> Nested5() => RunAsync(NestedQuery, new Dictionary<string, object?> { ["n"] = 5 });

    [Benchmark(Description = "Point lookup: articleBySlug")]
    public Task<IExecutionResult> Lookup() => RunAsync(PointLookup, new Dictionary<string, object?> { ["slug"] = _slug });

    [GlobalCleanup]
    public void Cleanup()
    {
        _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<IExecutionResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return await _executor!.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = scope.ServiceProvider });
    }
}
