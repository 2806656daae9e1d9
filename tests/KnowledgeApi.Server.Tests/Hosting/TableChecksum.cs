using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeApi.Server.Tests.Hosting;

/// <summary>
/// The row count of every table (the FTS5 index's shadow tables and SQLite's own included) and one hash
/// over the rows of the data tables, read over a connection of its own: "the database did not change", checkable.
/// </summary>
internal sealed record TableChecksum(IReadOnlyDictionary<string, long> Counts, string Hash)
{
    public static TableChecksum Of(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Names(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = (long)count.ExecuteScalar()!;
        }

        // The FTS5 index's own shadow tables store its rows in a form that may differ for equal content; its rows are read through the index itself.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in Names(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%!_%' ESCAPE '!' OR name = 'SearchIndex' ORDER BY name"))
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var line = new StringBuilder(table);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    line.Append('|').Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                }

                sha.AppendData(Encoding.UTF8.GetBytes(line.Append('\n').ToString()));
            }
        }

        return new TableChecksum(counts, Convert.ToHexString(sha.GetHashAndReset()));
    }

    private static List<string> Names(SqliteConnection connection, string sql)
    {
        using var list = connection.CreateCommand();
        list.CommandText = sql;
        using var reader = list.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
