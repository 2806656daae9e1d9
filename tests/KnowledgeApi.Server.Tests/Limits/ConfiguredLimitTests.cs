using System.Net;
using System.Text;
using KnowledgeApi.GraphQL.Execution.Persisted;
using KnowledgeApi.Server.Hosting;
using KnowledgeApi.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Server.Tests.Limits;

/// <summary>The <c>GraphQL</c> settings an operator gives the knowledge server, each proved on the running server.</summary>
public sealed class ConfiguredLimitTests
{
    [Fact]
    public async Task Introspection_is_on_by_default_and_configuration_switches_it_off_with_HC0046()
    {
        const string Introspection = "{ __schema { queryType { name } } }";
        await using var open = await LimitsServer.StartAsync();
        await using var closed = await LimitsServer.StartAsync("--GraphQL:EnableIntrospection=false");

        var (openStatus, openBody) = await open.QueryAsync(Introspection);
        var (closedStatus, closedBody) = await closed.QueryAsync(Introspection);
        var (_, ordinary) = await closed.QueryAsync("{ articles { totalCount } }");
        using var sdl = await closed.Client.GetAsync("/graphql?sdl");

        Assert.Equal(200, openStatus);
        Assert.Equal("Query", openBody.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(200, closedStatus);
        Assert.Equal("HC0046", closedBody.FirstErrorCode());
        Assert.Equal(2, ordinary.GetProperty("data").GetProperty("articles").GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
    }

    [Fact]
    public async Task The_execution_timeout_comes_from_configuration()
    {
        await using var server = await LimitsServer.StartAsync("--GraphQL:ExecutionTimeout=00:00:07");

        Assert.Equal(TimeSpan.FromSeconds(7), server.ExecutorOptions.ExecutionTimeout);
    }

    [Fact]
    public async Task Defaults_are_Hot_Chocolates_and_persisted_operations_and_the_rate_limit_are_off()
    {
        await using var server = await LimitsServer.StartAsync();

        var options = server.ExecutorOptions;
        var settings = server.Services.GetRequiredService<GraphQLLimitSettings>();

        Assert.Equal(TimeSpan.FromSeconds(30), options.ExecutionTimeout);
        Assert.Equal(PersistedOperationPipeline.None, options.PersistedOperations.Pipeline);
        Assert.False(options.PersistedOperations.OnlyAllowPersistedDocuments);
        Assert.Equal(20 * 1000 * 1024, settings.MaxRequestSize);
        Assert.Equal(0, settings.RateLimitPermitsPerWindow);
        for (var i = 0; i < 15; i++)
        {
            var (status, _) = await server.QueryAsync("{ articles { totalCount } }");
            Assert.Equal(200, status);
        }
    }

    [Fact]
    public async Task The_request_size_limit_comes_from_configuration_just_under_passes_just_over_is_413()
    {
        await using var server = await LimitsServer.StartAsync("--GraphQL:MaxRequestSize=4000");

        using var under = await PostPaddedAsync(server, 4000);
        using var over = await PostPaddedAsync(server, 4001);
        var overBody = await over.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, under.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Contains("\"HC0010\"", overBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persisted_operations_folder_with_only_persisted_mode_runs_stored_documents_and_refuses_others()
    {
        var folder = Path.Combine(Path.GetTempPath(), "knowledgeapi-limits-tests", Guid.NewGuid().ToString("N"));
        var documents = Path.Combine(folder, "persisted");
        Directory.CreateDirectory(documents);
        const string Stored = "{ articles { totalCount } }";
        var id = OperationDocumentId.Md5(Stored);
        await File.WriteAllTextAsync(Path.Combine(documents, id + ".graphql"), Stored);
        await using var server = await LimitsServer.StartInAsync(
            folder,
            $"--GraphQL:PersistedOperations:Directory={documents}",
            "--GraphQL:PersistedOperations:OnlyAllowPersisted=true");

        var (storedStatus, stored) = await server.PostAsync(new { id });
        var (adHocStatus, adHoc) = await server.QueryAsync(Stored);
        var (unknownStatus, unknown) = await server.PostAsync(new { id = OperationDocumentId.Md5("{ people { totalCount } }") });

        Assert.Equal(200, storedStatus);
        Assert.Equal(2, stored.DataWithoutErrors().GetProperty("articles").GetProperty("totalCount").GetInt32());
        Assert.Equal((400, "HC0067"), (adHocStatus, adHoc.FirstErrorCode()));
        Assert.Equal((400, "HC0020"), (unknownStatus, unknown.FirstErrorCode()));
    }

    [Fact]
    public async Task Automatic_persisted_queries_are_on_when_configured()
    {
        await using var server = await LimitsServer.StartAsync("--GraphQL:PersistedOperations:Automatic=true");
        const string Query = "{ articles { totalCount } }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = OperationDocumentId.Sha256(Query) } };

        var (_, miss) = await server.PostAsync(new { extensions });
        var (_, register) = await server.PostAsync(new { query = Query, extensions });
        var (hitStatus, hit) = await server.PostAsync(new { extensions });

        Assert.Equal("HC0020", miss.FirstErrorCode());
        Assert.True(register.GetProperty("extensions").GetProperty("persistedQuery").GetProperty("persisted").GetBoolean());
        Assert.Equal(200, hitStatus);
        Assert.Equal(2, hit.DataWithoutErrors().GetProperty("articles").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_rate_limit_comes_from_configuration()
    {
        await using var server = await LimitsServer.StartAsync("--GraphQL:RateLimit:PermitsPerWindow=2", "--GraphQL:RateLimit:Window=00:05:00");

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await server.QueryAsync("{ articles { totalCount } }")).Status);
        }

        using var health = await server.Client.GetAsync("/healthz");

        Assert.Equal([200, 200, 429], statuses);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public void Only_persisted_mode_without_a_folder_fails_at_start_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => KnowledgeServer.Build(["--GraphQL:PersistedOperations:OnlyAllowPersisted=true"]));

        Assert.Contains("GraphQL:PersistedOperations:Directory", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--GraphQL:Limits:MaxFieldCost=0")]
    [InlineData("--GraphQL:Limits:MaxTypeCost=-1")]
    [InlineData("--GraphQL:Limits:MaxExecutionDepth=0")]
    [InlineData("--GraphQL:MaxPageSize=0")]
    public void A_limit_that_would_refuse_everything_fails_at_start_with_a_clear_message(string setting)
    {
        var error = Assert.Throws<InvalidOperationException>(() => KnowledgeServer.Build([setting]));

        Assert.Contains("must be positive", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostPaddedAsync(LimitsServer server, int size)
    {
        const string Start = "{\"query\":\"{ articles { totalCount } }\",\"padding\":\"";
        const string End = "\"}";
        var body = Start + new string('x', size - Start.Length - End.Length) + End;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        Assert.Equal(size, (await content.ReadAsByteArrayAsync()).Length);
        return await server.Client.PostAsync("/graphql", content);
    }
}
