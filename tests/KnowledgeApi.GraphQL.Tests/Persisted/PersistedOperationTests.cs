using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Persisted;
using KnowledgeApi.GraphQL.Tests.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Tests.Persisted;

/// <summary>Persisted (trusted) operations through <c>AddGraphQL()</c>: documents in a real folder, requested by id.</summary>
public sealed class PersistedOperationTests : IDisposable
{
    private const string EchoQuery = """query Echo($text: String) { echo(text: $text) }""";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "knowledgeapi-persisted-tests", Guid.NewGuid().ToString("N"));

    public PersistedOperationTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_request_by_id_runs_the_document_stored_under_its_MD5_hash()
    {
        var id = OperationDocumentId.Md5(EchoQuery);
        await File.WriteAllTextAsync(Path.Combine(folder, id + ".graphql"), EchoQuery);
        await using var provider = Build(b => b.UsePersistedOperationPipeline());

        var result = await ExecuteAsync(provider, new GraphQLRequest { DocumentId = id, Variables = new Dictionary<string, object?> { ["text"] = "stored" } });

        Assert.Equal("""{"data":{"echo":"stored"}}""", result.ToJson());
    }

    [Fact]
    public async Task A_document_read_once_is_kept_in_memory_so_later_requests_skip_the_disk()
    {
        var id = OperationDocumentId.Md5(EchoQuery);
        var path = Path.Combine(folder, id + ".graphql");
        await File.WriteAllTextAsync(path, EchoQuery);
        await using var provider = Build(b => b.UsePersistedOperationPipeline());

        var first = await ExecuteAsync(provider, new GraphQLRequest { DocumentId = id });
        File.Delete(path);
        var second = await ExecuteAsync(provider, new GraphQLRequest { DocumentId = id });

        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Equal("""{"data":{"echo":"default"}}""", second.ToJson());
    }

    [Fact]
    public async Task An_unknown_id_is_refused_with_HC0020_and_no_data()
    {
        await using var provider = Build(b => b.UsePersistedOperationPipeline());

        var result = await ExecuteAsync(provider, new GraphQLRequest { DocumentId = OperationDocumentId.Md5("{ echo }") });

        Assert.Equal("""{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"HC0020"}}]}""", result.ToJson());
        Assert.Equal(RequestErrorKind.PersistedDocumentNotFound, result.RequestError);
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("a/b")]
    [InlineData("..")]
    public async Task An_id_that_is_not_a_plain_hash_never_reaches_the_file_system(string id)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "..", "outside.graphql"), "{ echo }");
        try
        {
            await using var provider = Build(b => b.UsePersistedOperationPipeline());

            var result = await ExecuteAsync(provider, new GraphQLRequest { DocumentId = id });

            Assert.Equal("HC0020", Assert.Single(result.Errors).Code);
        }
        finally
        {
            File.Delete(Path.Combine(folder, "..", "outside.graphql"));
        }
    }

    [Fact]
    public async Task Only_persisted_mode_refuses_a_sent_document_with_HC0067_but_runs_stored_ones()
    {
        var id = OperationDocumentId.Md5(EchoQuery);
        await File.WriteAllTextAsync(Path.Combine(folder, id + ".graphql"), EchoQuery);
        await using var provider = Build(b => b
            .UsePersistedOperationPipeline()
            .ModifyRequestOptions(o => o.PersistedOperations.OnlyAllowPersistedDocuments = true));

        var adHoc = await ExecuteAsync(provider, new GraphQLRequest { Query = EchoQuery });
        var stored = await ExecuteAsync(provider, new GraphQLRequest { DocumentId = id });

        Assert.Equal("""{"errors":[{"message":"Only persisted operations are allowed.","extensions":{"code":"HC0067"}}]}""", adHoc.ToJson());
        Assert.Equal("""{"data":{"echo":"default"}}""", stored.ToJson());
    }

    [Fact]
    public async Task Without_a_pipeline_a_request_by_id_is_still_HC0020_and_queries_run_as_before()
    {
        await using var provider = Build(_ => { });

        var byId = await ExecuteAsync(provider, new GraphQLRequest { DocumentId = "abc" });
        var byQuery = await ExecuteAsync(provider, new GraphQLRequest { Query = "{ echo }" });

        Assert.Equal("HC0020", Assert.Single(byId.Errors).Code);
        Assert.Equal("""{"data":{"echo":"default"}}""", byQuery.ToJson());
    }

    [Fact]
    public void A_pipeline_without_a_storage_fails_when_the_executor_is_built()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddQueryType<LibraryQuery>().UsePersistedOperationPipeline();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IRequestExecutor>());
        Assert.Contains("AddFileSystemOperationDocumentStorage", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build(Action<IRequestExecutorBuilder> configure)
    {
        var services = new ServiceCollection();
        var builder = services.AddGraphQL().AddQueryType<LibraryQuery>().AddFileSystemOperationDocumentStorage(folder);
        configure(builder);
        return services.BuildServiceProvider();
    }

    private static async Task<ExecutionResult> ExecuteAsync(IServiceProvider provider, GraphQLRequest request) =>
        (ExecutionResult)await provider.GetRequiredService<IRequestExecutor>().ExecuteAsync(request);
}
