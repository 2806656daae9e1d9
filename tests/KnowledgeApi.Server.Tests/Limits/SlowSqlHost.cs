using System.Diagnostics;
using System.Net;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeApi.Server.Tests.Limits;

/// <summary>
/// A GraphQL server on Kestrel (127.0.0.1) whose resolvers run SQL through the knowledge base's own
/// EF Core context over a real SQLite file: one deliberately slow statement (a recursive CTE counting
/// to a billion, minutes of work), and a quick one. The execution timeout is one second.
/// </summary>
internal sealed class SlowSqlHost : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly WebApplication app;
    private readonly string folder;

    private SlowSqlHost(WebApplication app, string folder, Uri address)
    {
        this.app = app;
        this.folder = folder;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public HttpClient Client { get; }

    public SqlProbe Probe => app.Services.GetRequiredService<SqlProbe>();

    public static async Task<SlowSqlHost> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "knowledgeapi-timeout-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<SqlProbe>();
        builder.Services.AddDbContextFactory<KnowledgeDbContext>(options => KnowledgeDatabase.Configure(options, $"Data Source={Path.Combine(folder, "knowledge.db")}"));
        builder.Services.AddGraphQLServer()
            .AddQueryType<SlowSqlQuery>()
            .ModifyRequestOptions(o => o.ExecutionTimeout = Timeout);
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new SlowSqlHost(app, folder, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>What the slow statement did: when it started and how it ended.</summary>
public sealed class SqlProbe
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the exception that ended the statement (it never finishes on its own within the test).</summary>
    public TaskCompletionSource<Exception?> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Stopwatch Clock { get; } = new();
}

public sealed class SlowSqlQuery
{
    /// <summary>About a billion CTE steps: far longer than any test, unless SQLite is interrupted.</summary>
    private const string Slow = """
        WITH RECURSIVE counter(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM counter WHERE x < 1000000000)
        SELECT count(*) AS "Value" FROM counter
        """;

    public async Task<long> SlowCount(IDbContextFactory<KnowledgeDbContext> contexts, SqlProbe probe, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        probe.Clock.Start();
        probe.Started.TrySetResult();
        try
        {
            var count = await db.Database.SqlQueryRaw<long>(Slow).SingleAsync(cancellationToken);
            probe.Ended.TrySetResult(null);
            return count;
        }
        catch (Exception e)
        {
            probe.Clock.Stop();
            probe.Ended.TrySetResult(e);
            throw;
        }
    }

    public async Task<long> Quick(IDbContextFactory<KnowledgeDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQueryRaw<long>("""SELECT 42 AS "Value" """).SingleAsync(cancellationToken);
    }
}
