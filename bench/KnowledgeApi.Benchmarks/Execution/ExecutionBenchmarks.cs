using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.Benchmarks.Execution;

/// <summary>
/// The executor in-process, response written to a buffer: graphql-js's full introspection query,
/// a small three-field query served from the document cache, and the same query with the cache
/// switched off (parse + validate + plan every time). bench/js/execute-bench.mjs times graphql-js
/// on the same schema and documents.
/// Run: dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- --filter '*ExecutionBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ExecutionBenchmarks
{
    private readonly ArrayBufferWriter<byte> output = new(256 * 1024);
    private RequestExecutor cached = null!;
    private RequestExecutor uncached = null!;
    private GraphQLRequest introspection = null!;
    private GraphQLRequest small = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Execution", "Documents");
        var schema = BenchNews.CreateSchema();
        BenchNews.CheckSdl(schema, Path.Combine(SourceFolder(), "schema.graphql"));
        cached = new RequestExecutor(schema);
        uncached = new RequestExecutor(schema, new RequestExecutorOptions { DocumentCacheSize = 0 });
        introspection = new GraphQLRequest { Query = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Documents", "introspection.graphql")) };
        small = new GraphQLRequest { Query = File.ReadAllText(Path.Combine(folder, "small.graphql")) };
    }

    [Benchmark]
    public Task<int> Introspection() => RunAsync(cached, introspection);

    [Benchmark(Baseline = true)]
    public Task<int> SmallQueryCached() => RunAsync(cached, small);

    [Benchmark]
    public Task<int> SmallQueryUncached() => RunAsync(uncached, small);

    private async Task<int> RunAsync(RequestExecutor executor, GraphQLRequest request)
    {
        var result = await executor.ExecuteAsync(request).ConfigureAwait(false);
        output.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(output))
        {
            result.WriteTo(writer);
        }

        return output.WrittenCount;
    }

    /// <summary>The source folder of the documents (the SDL check compares with the committed file, not the build copy).</summary>
    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "KnowledgeApi.Benchmarks", "Execution", "Documents");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "Execution", "Documents");
    }
}
