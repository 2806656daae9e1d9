using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeApi.Server.Tests.Mutations;

/// <summary>The row count of every table and one hash over all their rows: "the database did not change", checkable.</summary>
internal sealed record TableChecksum(IReadOnlyDictionary<string, long> Counts, string Hash)
{
    public static TableChecksum Of(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            // The FTS5 index's own shadow tables store its rows in a form that may differ for equal content; its rows are read through the index itself.
            list.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%!_%' ESCAPE '!' OR name = 'SearchIndex' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = select.ExecuteReader();
            long rows = 0;
            while (reader.Read())
            {
                rows++;
                var line = new StringBuilder(table);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    line.Append('|').Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                }

                sha.AppendData(Encoding.UTF8.GetBytes(line.Append('\n').ToString()));
            }

            counts[table] = rows;
        }

        return new TableChecksum(counts, Convert.ToHexString(sha.GetHashAndReset()));
    }
}
