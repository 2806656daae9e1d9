using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Knowledge.Database;

/// <summary>
/// Opens the knowledge base from a connection string: the options every host uses (CLI, server,
/// tests, benchmarks) and the one way to create and migrate a database file.
/// </summary>
public static class KnowledgeDatabase
{
    /// <summary>The embedded default: a SQLite file under <c>data/</c> of the working directory.</summary>
    public const string DefaultConnectionString = "Data Source=data/knowledge.db";

    /// <summary>How long a writer waits for another writer's lock before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Configures <paramref name="builder"/> for a SQLite knowledge base.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(BusyTimeout), new SqliteInterruptInterceptor());
    }

    /// <summary>Options for a context on <paramref name="connectionString"/>; extra configuration last.</summary>
    public static DbContextOptions<KnowledgeDbContext> CreateOptions(
        string connectionString,
        Action<DbContextOptionsBuilder<KnowledgeDbContext>>? configure = null)
    {
        var builder = new DbContextOptionsBuilder<KnowledgeDbContext>();
        Configure(builder, connectionString);
        configure?.Invoke(builder);
        return builder.Options;
    }

    /// <summary>
    /// Creates the database file (and its folder) if missing, applies pending migrations and
    /// switches the file to WAL, so readers never block the ingesting writer.
    /// </summary>
    public static async Task MigrateAsync(DbContextOptions<KnowledgeDbContext> options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var context = new KnowledgeDbContext(options);
        await using (context.ConfigureAwait(false))
        {
            await MigrateAsync(context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc cref="MigrateAsync(DbContextOptions{KnowledgeDbContext}, CancellationToken)"/>
    public static async Task MigrateAsync(KnowledgeDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        CreateFolderFor(context.Database.GetConnectionString());
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);

        // journal_mode is stored in the file: setting it once after creation is enough.
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the folder of a file database; in-memory databases need none.</summary>
    public static void CreateFolderFor(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource)
            || dataSource == ":memory:"
            || builder.Mode == SqliteOpenMode.Memory
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
