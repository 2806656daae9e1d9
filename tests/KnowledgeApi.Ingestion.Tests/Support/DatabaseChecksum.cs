using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeApi.Ingestion.Tests.Support;

/// <summary>A hash of every row of every knowledge table, and the row counts: "nothing changed" made checkable.</summary>
internal static class DatabaseChecksum
{
    public static (string Hash, IReadOnlyDictionary<string, long> Counts) Of(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            // Ordinary and virtual tables (the search index's rows); FTS5's shadow tables are its
            // storage, whose bytes may differ for the same rows, so they are left out.
            list.CommandText = """
                SELECT name FROM pragma_table_list
                WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite%' AND name NOT LIKE '__EF%'
                ORDER BY name
                """;
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            using var reader = select.ExecuteReader();
            long rows = 0;
            while (reader.Read())
            {
                rows++;
                text.Append(table);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append('\u001f').Append(reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                }

                text.Append('\n');
            }

            counts[table] = rows;
        }

        return (Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), counts);
    }
}
