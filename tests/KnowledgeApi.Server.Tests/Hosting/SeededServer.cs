using System.Text.Json;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.Server.Hosting;
using KnowledgeApi.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Server.Tests.Hosting;

/// <summary>
/// The real server (the same composition Program.cs runs) on Kestrel at 127.0.0.1 with a free
/// port, over a fresh SQLite file seeded from the repository's <c>seeds/</c> before it listens.
/// One per test class (xunit class fixture).
/// </summary>
public sealed class SeededServer : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "knowledgeapi-server-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    public string DatabasePath => Path.Combine(folder, "knowledge.db");

    public IServiceProvider Services => app!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        app = KnowledgeServer.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            $"--ConnectionStrings:Knowledge=Data Source={DatabasePath}",
            $"--Knowledge:SeedsPath={RepositoryPaths.Combine("seeds")}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await KnowledgeServer.PrepareAsync(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
    }

    /// <summary>Runs a request through the server's executor in a request scope of its own, as the HTTP endpoint does.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var scope = Services.CreateAsyncScope();
        await using (scope)
        {
            var executor = Services.GetRequiredService<IRequestExecutor>();
            var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = scope.ServiceProvider });
            using var buffer = new MemoryStream();
            await using (var writer = new Utf8JsonWriter(buffer))
            {
                result.WriteTo(writer);
            }

            return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
        }
    }

    public async Task DisposeAsync()
    {
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
