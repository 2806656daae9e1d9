using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Persisted;
using KnowledgeApi.GraphQL.Tests.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Tests.Persisted;

/// <summary>Automatic persisted queries as Apollo clients send them: hash only → miss → hash with query → stored → hash only → hit.</summary>
public sealed class AutomaticPersistedQueryTests : IDisposable
{
    private const string Query = """{ echo(text: "apq") }""";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "knowledgeapi-apq-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider provider;

    public AutomaticPersistedQueryTests()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddQueryType<LibraryQuery>().AddFileSystemOperationDocumentStorage(folder).UseAutomaticPersistedOperationPipeline();
        provider = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        provider.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_hash_miss_then_the_query_with_its_hash_then_a_hash_hit()
    {
        var hash = OperationDocumentId.Sha256(Query);

        var miss = await ExecuteAsync(new GraphQLRequest { Extensions = PersistedQuery("sha256Hash", hash) });
        var stored = await ExecuteAsync(new GraphQLRequest { Query = Query, Extensions = PersistedQuery("sha256Hash", hash) });
        var hit = await ExecuteAsync(new GraphQLRequest { Extensions = PersistedQuery("sha256Hash", hash) });

        Assert.Equal("""{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"HC0020"}}]}""", miss.ToJson());
        Assert.Equal($$$$$"""{"data":{"echo":"apq"},"extensions":{"persistedQuery":{"sha256Hash":"{{{{{hash}}}}}","persisted":true}}}""", stored.ToJson());
        Assert.Equal("""{"data":{"echo":"apq"}}""", hit.ToJson());
        Assert.Equal(Query, await File.ReadAllTextAsync(Path.Combine(folder, hash + ".graphql")));
    }

    [Fact]
    public async Task Hot_Chocolates_md5Hash_works_the_same_way()
    {
        var hash = OperationDocumentId.Md5(Query);

        var stored = await ExecuteAsync(new GraphQLRequest { Query = Query, Extensions = PersistedQuery("md5Hash", hash) });
        var hit = await ExecuteAsync(new GraphQLRequest { Extensions = PersistedQuery("md5Hash", hash) });

        Assert.Equal($$$$$"""{"data":{"echo":"apq"},"extensions":{"persistedQuery":{"md5Hash":"{{{{{hash}}}}}","persisted":true}}}""", stored.ToJson());
        Assert.Equal("""{"data":{"echo":"apq"}}""", hit.ToJson());
    }

    [Fact]
    public async Task A_hash_that_is_not_the_querys_is_refused_and_nothing_is_stored()
    {
        var wrong = OperationDocumentId.Sha256("{ echo }");

        var result = await ExecuteAsync(new GraphQLRequest { Query = Query, Extensions = PersistedQuery("sha256Hash", wrong) });

        var error = Assert.Single(result.Errors);
        Assert.Equal(PersistedOperationErrors.HashMismatchCode, error.Code);
        Assert.False(result.HasData);
        Assert.False(File.Exists(Path.Combine(folder, wrong + ".graphql")));
    }

    [Fact]
    public async Task An_unsupported_version_is_a_clear_request_error()
    {
        var extensions = new Dictionary<string, object?>
        {
            ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = 2, ["sha256Hash"] = OperationDocumentId.Sha256(Query) },
        };

        var result = await ExecuteAsync(new GraphQLRequest { Query = Query, Extensions = extensions });

        var error = Assert.Single(result.Errors);
        Assert.Equal("HC0009", error.Code);
        Assert.Contains("version 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_document_is_never_replaced_by_a_later_registration()
    {
        var hash = OperationDocumentId.Sha256(Query);
        await ExecuteAsync(new GraphQLRequest { Query = Query, Extensions = PersistedQuery("sha256Hash", hash) });
        var path = Path.Combine(folder, hash + ".graphql");
        var written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddHours(-1));

        var again = await ExecuteAsync(new GraphQLRequest { Query = Query, Extensions = PersistedQuery("sha256Hash", hash) });

        Assert.StartsWith("""{"data":{"echo":"apq"}""", again.ToJson(), StringComparison.Ordinal);
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(path));
    }

    private static Dictionary<string, object?> PersistedQuery(string hashName, string hash) => new()
    {
        ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = 1, [hashName] = hash },
    };

    private async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request) =>
        (ExecutionResult)await provider.GetRequiredService<IRequestExecutor>().ExecuteAsync(request);
}
