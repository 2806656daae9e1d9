using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Tests.Shared;

/// <summary>A real SQLite file in the temp folder, migrated, deleted with its WAL files on dispose.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private TemporaryDatabase(string path)
    {
        Path = path;
        ConnectionString = $"Data Source={path}";
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>A new, empty, not yet migrated database file name.</summary>
    public static TemporaryDatabase CreateEmpty() =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kapi-tests", $"{Guid.NewGuid():N}", "knowledge.db"));

    /// <summary>A database with every migration applied.</summary>
    public static async Task<TemporaryDatabase> CreateMigratedAsync()
    {
        var database = CreateEmpty();
        await KnowledgeDatabase.MigrateAsync(database.Options());
        return database;
    }

    public DbContextOptions<KnowledgeDbContext> Options(Action<DbContextOptionsBuilder<KnowledgeDbContext>>? configure = null) =>
        KnowledgeDatabase.CreateOptions(ConnectionString, configure);

    public KnowledgeDbContext CreateContext() => new(Options());

    /// <summary>Runs a scalar query on a fresh connection (outside EF).</summary>
    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
