using Microsoft.Data.Sqlite;

namespace KnowledgeApi.Server.Tests.Resilience;

/// <summary>The number of rows in every table of a SQLite file, read over its own connection: proof that nothing was written.</summary>
internal static class DatabaseRowCounts
{
    public static SortedDictionary<string, long> Read(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = (long)count.ExecuteScalar()!;
        }

        return counts;
    }
}
