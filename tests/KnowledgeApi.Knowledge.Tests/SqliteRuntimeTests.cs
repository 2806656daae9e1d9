using Microsoft.Data.Sqlite;

namespace KnowledgeApi.Knowledge.Tests;

/// <summary>
/// The registry mirror only has SQLitePCLRaw 3.0.3 while EF Core 10 was built against 2.1.x;
/// these tests prove the native SQLite library loads and has the features the knowledge base needs.
/// </summary>
public sealed class SqliteRuntimeTests
{
    [Fact]
    public void A_file_database_opens_in_wal_mode_and_round_trips_a_row()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kapi-{Guid.NewGuid():N}.db");
        try
        {
            using (var connection = new SqliteConnection($"Data Source={path}"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL;";
                Assert.Equal("wal", command.ExecuteScalar());
                command.CommandText = "CREATE TABLE t (name TEXT NOT NULL); INSERT INTO t VALUES ('López Obrador');";
                command.ExecuteNonQuery();
                command.CommandText = "SELECT name FROM t";
                Assert.Equal("López Obrador", command.ExecuteScalar());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void Fts5_with_remove_diacritics_is_compiled_in()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE VIRTUAL TABLE doc USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO doc VALUES ('Andrés Manuel López Obrador spoke');
            INSERT INTO doc VALUES ('nothing here');
            """;
        command.ExecuteNonQuery();
        command.CommandText = "SELECT count(*) FROM doc WHERE doc MATCH 'lopez obrador' ORDER BY bm25(doc)";
        Assert.Equal(1L, command.ExecuteScalar());
    }
}
