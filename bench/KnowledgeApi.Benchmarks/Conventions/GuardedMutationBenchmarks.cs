using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using KnowledgeApi.GraphQL.Authorization;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Benchmarks.Conventions;

/// <summary>
/// What the mutation conventions and authorization cost per field: the same resolver as a plain
/// mutation field, rewritten by the conventions (input object + payload), and rewritten and guarded
/// by [Authorize] with the engine's handler (an allowed user). Documents come from the cache.
/// Run: dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- --filter '*GuardedMutationBenchmarks*' --inProcess --job short
/// </summary>
[MemoryDiagnoser]
public class GuardedMutationBenchmarks
{
    private RequestExecutor plain = null!;
    private RequestExecutor conventions = null!;
    private RequestExecutor guarded = null!;
    private GraphQLRequest plainRequest = null!;
    private GraphQLRequest conventionRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        plain = new RequestExecutor(SchemaBuilder.New().AddQueryType<BenchQuery>().AddMutationType<RenameMutation>().Create());
        conventions = new RequestExecutor(SchemaBuilder.New().AddQueryType<BenchQuery>().AddMutationType<RenameMutation>().AddMutationConventions().Create());
        guarded = new RequestExecutor(SchemaBuilder.New().AddQueryType<BenchQuery>().AddMutationType<GuardedMutation>().AddMutationConventions().Create());
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "writer")], "Bench"));
        plainRequest = new GraphQLRequest { Query = """mutation { rename(id: 7, title: "New") }""" };
        conventionRequest = new GraphQLRequest
        {
            Query = """mutation { rename(input: { id: 7, title: "New" }) { string } }""",
            ContextData = new Dictionary<string, object?> { [AuthorizationContextKeys.User] = user },
        };
    }

    [Benchmark(Baseline = true)]
    public Task<IExecutionResult> PlainMutationField() => plain.ExecuteAsync(plainRequest);

    [Benchmark]
    public Task<IExecutionResult> ConventionMutation() => conventions.ExecuteAsync(conventionRequest);

    [Benchmark]
    public Task<IExecutionResult> GuardedConventionMutation() => guarded.ExecuteAsync(conventionRequest);

    public sealed class BenchQuery
    {
        public string Ok => "ok";
    }

    public sealed class RenameMutation
    {
        public string Rename(int id, string title) => $"{id}:{title}";
    }

    [Authorize(Roles = ["writer"])]
    public sealed class GuardedMutation
    {
        public string Rename(int id, string title) => $"{id}:{title}";
    }
}
