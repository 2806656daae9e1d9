using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using KnowledgeApi.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Server.Tests.Hosting;

/// <summary>
/// The real server (the same composition Program.cs runs) on Kestrel at 127.0.0.1 with a free
/// port, over a fresh SQLite file seeded from the repository's <c>seeds/</c> before it listens.
/// One per test class (xunit class fixture).
/// </summary>
public class SeededServer : IAsyncLifetime
{
    private readonly string[] settings;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "knowledgeapi-server-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public SeededServer()
        : this([])
    {
    }

    /// <summary>A server with extra settings on its command line (<c>--GraphQL:Limits:EnforceCostLimits=false</c>, API keys).</summary>
    protected SeededServer(params string[] settings) => this.settings = settings;

    public Uri BaseAddress { get; private set; } = null!;

    public string DatabasePath => Path.Combine(folder, "knowledge.db");

    public IServiceProvider Services => app!.Services;

    /// <summary>Every SQL statement the server's knowledge contexts send.</summary>
    public StatementCounter Statements { get; } = new();

    public virtual async Task InitializeAsync()
    {
        (app, BaseAddress) = await KnowledgeTestHost.StartAsync(
            folder,
            settings,
            builder => builder.Services.ConfigureDbContext<KnowledgeDbContext>(options => options.AddInterceptors(Statements)));
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>A client of the running server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>POSTs a GraphQL request to <c>/graphql</c>, as any client does, and returns the response JSON.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        return await SendAsync(request);
    }

    /// <summary>Sends a GraphQL request; the response JSON, after checking the answer is 2xx or 400.</summary>
    protected async Task<JsonElement> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode || (int)response.StatusCode == 400, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        await KnowledgeTestHost.StopAsync(app, folder);
    }
}
