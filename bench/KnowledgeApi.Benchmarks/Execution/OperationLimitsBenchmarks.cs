using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Analysis;

namespace KnowledgeApi.Benchmarks.Execution;

/// <summary>
/// What the operation limits stage (execution depth + cost analysis, Execution/Analysis) adds to a request:
/// the small cached query and the full introspection query, without and with both limits switched on.
/// Run: dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- --filter '*OperationLimitsBenchmarks*' --inProcess --job short
/// </summary>
[MemoryDiagnoser]
public class OperationLimitsBenchmarks
{
    private readonly ArrayBufferWriter<byte> output = new(256 * 1024);
    private RequestExecutor plain = null!;
    private RequestExecutor limited = null!;
    private GraphQLRequest introspection = null!;
    private GraphQLRequest small = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Execution", "Documents");
        var schema = BenchNews.CreateSchema();
        plain = new RequestExecutor(schema);
        limited = new RequestExecutor(schema, null, new LimitServices());
        introspection = new GraphQLRequest { Query = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Documents", "introspection.graphql")) };
        small = new GraphQLRequest { Query = File.ReadAllText(Path.Combine(folder, "small.graphql")) };
    }

    [Benchmark(Baseline = true)]
    public Task<int> SmallQuery() => RunAsync(plain, small);

    [Benchmark]
    public Task<int> SmallQueryWithLimits() => RunAsync(limited, small);

    [Benchmark]
    public Task<int> Introspection() => RunAsync(plain, introspection);

    [Benchmark]
    public Task<int> IntrospectionWithLimits() => RunAsync(limited, introspection);

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

    private sealed class LimitServices : IServiceProvider
    {
        private readonly CostOptions cost = new();
        private readonly ExecutionDepthOptions depth = new() { MaxAllowedExecutionDepth = 15, SkipIntrospectionFields = true };

        public object? GetService(Type serviceType) =>
            serviceType == typeof(CostOptions) ? cost : serviceType == typeof(ExecutionDepthOptions) ? depth : null;
    }
}
