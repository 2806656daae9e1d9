using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Database;
using KnowledgeApi.Server.Knowledge;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace KnowledgeApi.Server.Cli;

/// <summary>
/// The <c>ingest</c> verb: stores article files in the knowledge base and prints what happened.
/// It composes the same services as the server, so it writes exactly what the server would.
/// </summary>
internal static class IngestCommand
{
    public const string Verb = "ingest";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Verb;

    /// <summary>Runs the verb on <c>args</c>, the arguments after the verb; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var (arguments, error) = IngestArguments.Parse(args);
        if (arguments is null || arguments.Help)
        {
            if (error is not null)
            {
                console.WriteLine(error);
            }

            console.WriteLine(IngestArguments.Usage);
            return error is null ? 0 : 2;
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddKnowledgeBase(configuration)
            .BuildServiceProvider();
        await using (services.ConfigureAwait(false))
        {
            var opened = await TryMigrateAsync(services, console, cancellationToken).ConfigureAwait(false);
            if (!opened)
            {
                return 1;
            }

            var (files, missing) = ArticleFiles.Expand(arguments.Paths);
            var pipeline = services.GetRequiredService<IngestionPipeline>();
            var summary = await IngestProgress.RunAsync(console, pipeline, files, cancellationToken).ConfigureAwait(false);
            var all = new IngestSummary([.. missing, .. summary.Results]);
            IngestReport.Write(console, all, files.Count);
            return ExitCode(all, arguments.Strict);
        }
    }

    /// <summary>Creates or migrates the database; a bad setting is reported, not thrown.</summary>
    private static async Task<bool> TryMigrateAsync(IServiceProvider services, IAnsiConsole console, CancellationToken cancellationToken)
    {
        try
        {
            var contexts = services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
            var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                await KnowledgeDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception error) when (error is SqliteException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            var settings = services.GetRequiredService<KnowledgeSettings>();
            console.WriteLine($"Cannot open the knowledge base '{settings.ConnectionString}' (ConnectionStrings__Knowledge): {error.Message}");
            return false;
        }
    }

    private static int ExitCode(IngestSummary summary, bool strict)
    {
        if (summary.Stored == 0)
        {
            return 1;
        }

        return strict && summary.Skipped > 0 ? 1 : 0;
    }
}
