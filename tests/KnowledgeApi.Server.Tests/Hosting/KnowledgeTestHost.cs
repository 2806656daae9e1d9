using KnowledgeApi.Server.Hosting;
using KnowledgeApi.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Server.Tests.Hosting;

/// <summary>
/// Starts and stops the real server (the same composition Program.cs runs) on Kestrel at 127.0.0.1
/// with a free port, over <c>knowledge.db</c> in a given folder, seeded from the repository's
/// <c>seeds/</c> before it listens. Shared by <see cref="SeededServer"/> and the limits tests' server.
/// </summary>
internal static class KnowledgeTestHost
{
    /// <summary>Builds, seeds and starts the server with extra command-line settings; the app and the address it listens on.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string folder, string[] settings, Action<WebApplicationBuilder>? configure = null)
    {
        Directory.CreateDirectory(folder);
        var app = KnowledgeServer.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            $"--ConnectionStrings:Knowledge=Data Source={Path.Combine(folder, "knowledge.db")}",
            $"--Knowledge:SeedsPath={RepositoryPaths.Combine("seeds")}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ],
        configure);
        await KnowledgeServer.PrepareAsync(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address));
    }

    /// <summary>Stops the server (when started) and deletes its folder, best effort.</summary>
    public static async Task StopAsync(WebApplication? app, string folder)
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
