using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeApi.Server.Hosting;
using KnowledgeApi.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using KnowledgeApi.Knowledge;
using Microsoft.Data.Sqlite;
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
        Directory.CreateDirectory(folder);
        app = KnowledgeServer.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            $"--ConnectionStrings:Knowledge=Data Source={DatabasePath}",
            $"--Knowledge:SeedsPath={RepositoryPaths.Combine("seeds")}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ],
        builder => builder.Services.ConfigureDbContext<KnowledgeDbContext>(options => options.AddInterceptors(Statements)));
        await KnowledgeServer.PrepareAsync(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>A client of the running server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>POSTs a GraphQL request to <c>/graphql</c>, as any client does, and returns the response JSON.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode || (int)response.StatusCode == 400, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        // Pooled SQLite connections keep the file open until cleared.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind harms nothing.
        }
    }
}
