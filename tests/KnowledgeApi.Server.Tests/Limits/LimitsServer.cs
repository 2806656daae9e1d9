using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Configuration;
using KnowledgeApi.Server.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Server.Tests.Limits;

/// <summary>
/// The real knowledge server (Program.cs's composition) on 127.0.0.1 over a freshly seeded SQLite
/// file, started with extra settings (<c>--GraphQL:...=...</c>) the way an operator sets them.
/// </summary>
internal sealed class LimitsServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LimitsServer(WebApplication app, string folder, Uri address)
    {
        this.app = app;
        Folder = folder;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>A temporary folder of this server (its database; persisted documents may go here too).</summary>
    public string Folder { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>The request options the server's executor was built with (the registered executor is wrapped by request logging).</summary>
    public RequestExecutorOptions ExecutorOptions =>
        Services.GetRequiredService<RequestExecutorSetup>().CreateExecutor(Services).Options;

    public static Task<LimitsServer> StartAsync(params string[] settings) =>
        StartInAsync(Path.Combine(Path.GetTempPath(), "knowledgeapi-limits-tests", Guid.NewGuid().ToString("N")), settings);

    public static async Task<LimitsServer> StartInAsync(string folder, params string[] settings)
    {
        var (app, address) = await KnowledgeTestHost.StartAsync(folder, settings);
        return new LimitsServer(app, folder, address);
    }

    /// <summary>POSTs a request body as JSON; the status and the parsed answer.</summary>
    public async Task<(int Status, JsonElement Body)> PostAsync(object request)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public Task<(int Status, JsonElement Body)> QueryAsync(string query) => PostAsync(new { query });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await KnowledgeTestHost.StopAsync(app, Folder);
    }
}

internal static class LimitsResponse
{
    public static string? FirstErrorCode(this JsonElement body) =>
        body.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;
}
