using System.Net;
using System.Text.Json;
using KnowledgeApi.GraphQL.AspNetCore.Tests.Http;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Persisted;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Limits;

/// <summary>Persisted operations over HTTP: by <c>id</c> in a POST body and a GET query string, only-persisted mode, and APQ as Apollo sends it.</summary>
public sealed class PersistedOperationHttpTests : IAsyncLifetime
{
    private const string Stored = """query Greet($name: String!) { hello(name: $name) }""";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "knowledgeapi-persisted-http", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        return File.WriteAllTextAsync(Path.Combine(folder, OperationDocumentId.Md5(Stored) + ".graphql"), Stored);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_POST_with_an_id_runs_the_stored_document()
    {
        await using var server = await StartAsync(onlyPersisted: false);
        var body = JsonSerializer.Serialize(new { id = OperationDocumentId.Md5(Stored), variables = new { name = "POST" } });

        var response = await GraphQLHttpResponse.ReadAsync(await server.PostAsync(body));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, POST!"}}""", response.Text);
    }

    [Fact]
    public async Task A_GET_with_an_id_runs_the_stored_document()
    {
        await using var server = await StartAsync(onlyPersisted: false);
        var variables = Uri.EscapeDataString("""{"name":"GET"}""");

        var response = await GraphQLHttpResponse.ReadAsync(await server.GetAsync($"graphql?id={OperationDocumentId.Md5(Stored)}&variables={variables}"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, GET!"}}""", response.Text);
    }

    [Fact]
    public async Task An_unknown_id_is_400_HC0020_without_data()
    {
        await using var server = await StartAsync(onlyPersisted: false);

        var response = await GraphQLHttpResponse.ReadAsync(await server.PostAsync("""{"id":"0123456789abcdef0123456789abcdef"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("""{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"HC0020"}}]}""", response.Text);
    }

    [Fact]
    public async Task Only_persisted_mode_refuses_a_sent_query_with_400_HC0067_and_still_runs_ids()
    {
        await using var server = await StartAsync(onlyPersisted: true);

        var adHoc = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("{ hello }"));
        var byId = await GraphQLHttpResponse.ReadAsync(await server.PostAsync(JsonSerializer.Serialize(new { id = OperationDocumentId.Md5(Stored), variables = new { name = "trusted" } })));

        Assert.Equal(HttpStatusCode.BadRequest, adHoc.Status);
        Assert.Equal("HC0067", adHoc.FirstErrorCode);
        Assert.Equal("Only persisted operations are allowed.", adHoc.FirstError.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, byId.Status);
    }

    [Fact]
    public async Task APQ_over_GET_misses_then_registers_with_a_POST_then_hits()
    {
        await using var server = await StartAsync(onlyPersisted: false);
        const string Query = "{ hello(name: \"APQ\") }";
        var hash = OperationDocumentId.Sha256(Query);
        var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } });

        var miss = await GraphQLHttpResponse.ReadAsync(await server.GetAsync("graphql?extensions=" + Uri.EscapeDataString(extensions)));
        var register = await GraphQLHttpResponse.ReadAsync(await server.PostAsync($$"""{"query":{{JsonSerializer.Serialize(Query)}},"extensions":{{extensions}}}"""));
        var hit = await GraphQLHttpResponse.ReadAsync(await server.GetAsync("graphql?extensions=" + Uri.EscapeDataString(extensions)));

        Assert.Equal(HttpStatusCode.BadRequest, miss.Status);
        Assert.Equal("PersistedQueryNotFound", miss.FirstError.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, register.Status);
        Assert.True(register.Body.GetProperty("extensions").GetProperty("persistedQuery").GetProperty("persisted").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, hit.Status);
        Assert.Equal("""{"data":{"hello":"Hello, APQ!"}}""", hit.Text);
    }

    private Task<GraphQLTestServer> StartAsync(bool onlyPersisted) =>
        GraphQLTestServer.StartAsync(services =>
        {
            TestSchema.AddTo(services);
            services.AddGraphQL()
                .AddFileSystemOperationDocumentStorage(folder)
                .UseAutomaticPersistedOperationPipeline()
                .ModifyRequestOptions(o => o.PersistedOperations.OnlyAllowPersistedDocuments = onlyPersisted);
        });
}
