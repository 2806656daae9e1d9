using System.Reflection;
using BenchmarkDotNet.Attributes;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Benchmarks.Types;

/// <summary>
/// Compiled resolvers against reflection: a property read and an async method with an argument,
/// each called through the resolver contract, next to the same member called with
/// PropertyInfo.GetValue / MethodInfo.Invoke on the same context, which is what the compilation avoids.
/// Run: dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- --filter '*ResolverBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ResolverBenchmarks
{
    private readonly BenchContext titleContext;
    private readonly BenchContext searchContext;
    private readonly PropertyInfo titleProperty = typeof(BenchArticle).GetProperty(nameof(BenchArticle.Title))!;
    private readonly MethodInfo countMethod = typeof(BenchArticle).GetMethod(nameof(BenchArticle.CountWordsAsync))!;
    public ResolverBenchmarks()
    {
        var schema = SchemaBuilder.New().AddQueryType<BenchQuery>().Create();
        var articleType = schema.GetType<ObjectType>("BenchArticle");
        var article = new BenchArticle();
        titleContext = new BenchContext(schema, articleType, articleType.Fields["title"], article);
        searchContext = new BenchContext(schema, articleType, articleType.Fields["countWords"], article);
        searchContext.Arguments["minLength"] = 3;
    }

    [Benchmark(Baseline = true)]
    public object? PropertyCompiled() => titleContext.Field.PureResolver!(titleContext);

    [Benchmark]
    public object? PropertyReflection() => titleProperty.GetValue(titleContext.Parent<object>());

    [Benchmark]
    public ValueTask<object?> AsyncMethodCompiled() => searchContext.Field.Resolver(searchContext);

    [Benchmark]
    public async ValueTask<object?> AsyncMethodReflection() =>
        await (Task<int>)countMethod.Invoke(searchContext.Parent<object>(), [searchContext.ArgumentValue<int>("minLength"), searchContext.RequestAborted])!;
}

/// <summary>Building and printing a schema: the one-time cost paid at start-up.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SchemaBuildBenchmarks
{
    private readonly Schema schema = SchemaBuilder.New().AddQueryType<BenchQuery>().Create();

    [Benchmark]
    public Schema BuildSchema() => SchemaBuilder.New().AddQueryType<BenchQuery>().Create();

    [Benchmark]
    public string PrintSchema() => SchemaPrinter.Print(schema);
}

public sealed class BenchQuery
{
    public IReadOnlyList<BenchArticle> GetArticles(int first = 10, string? after = null) => [];

    public BenchArticle? GetArticle([ID] string id) => null;

    public IReadOnlyList<BenchPerson> People => [];
}

public sealed class BenchArticle
{
    public string Title { get; } = "Floods close the northern bridges";

    public DateTimeOffset PublishedAt { get; } = DateTimeOffset.UnixEpoch;

    public IReadOnlyList<BenchPerson> Authors { get; } = [];

    public BenchSection Section { get; } = BenchSection.World;

    public Task<int> CountWordsAsync(int minLength, CancellationToken cancellationToken) =>
        Task.FromResult(Title.Length >= minLength ? Title.Length : 0);
}

public sealed class BenchPerson
{
    public string Name { get; } = "Ada";

    public Uri? Website { get; }
}

public enum BenchSection
{
    World,
    Business,
}

internal sealed class BenchContext(Schema schema, ObjectType objectType, OutputField field, object parent) : IMiddlewareContext
{
    public Schema Schema { get; } = schema;

    public ObjectType ObjectType { get; } = objectType;

    public OutputField Field { get; } = field;

    public FieldNode Selection => throw new NotSupportedException();

    public ResponsePath Path { get; } = ResponsePath.Root;

    public CancellationToken RequestAborted => CancellationToken.None;

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public IBatchScheduler BatchScheduler => throw new NotSupportedException();

    public IServiceProvider Services => throw new NotSupportedException();

    public Dictionary<string, object?> Arguments { get; } = [];

    public object? Result { get; set; }

    public T Parent<T>() => (T)parent;

    public T ArgumentValue<T>(string name) => (T)Arguments[name]!;

    public TLiteral ArgumentLiteral<TLiteral>(string name)
        where TLiteral : IValueNode => throw new NotSupportedException();

    public T Service<T>()
        where T : notnull => throw new NotSupportedException();
}
