using System.Globalization;
using System.Text;

namespace KnowledgeApi.Benchmarks.Ingestion;

/// <summary>
/// Writes article files in the seeds' format and length (about 1,200 words, 25 paragraphs, the
/// WSWS footer): each one the first seed's body in a rotated order under its own title, author
/// and date, so every file is a distinct article that names the same people.
/// </summary>
internal static class GeneratedArticles
{
    public static IReadOnlyList<string> Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var seed = File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "000_bd5966101cee13de.txt"));
        var body = seed.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim())
            .Where(p => p.Length > 80 && !p.StartsWith('#'))
            .ToList();
        var authors = new[] { "Eric London", "Andrea Lobo", "Jerry White", "Jane Roe", "Kim Lee" };
        var files = new List<string>(count);
        for (var n = 0; n < count; n++)
        {
            var text = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"# Generated report number {n} on the crisis in Mexico\n\n")
                .Append(authors[n % authors.Length]).Append("\n\n")
                .Append(new DateOnly(2019, 1, 1).AddDays(n).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
            for (var p = 0; p < body.Count; p++)
            {
                text.Append(body[(p + n) % body.Count]).Append("\n\n");
            }

            text.Append("To contact the WSWS and the Socialist Equality Party visit:\n\n**[wsws.org/contact](https://www.wsws.org/contact)**\n");
            var path = Path.Combine(folder, $"{n:D4}.txt");
            File.WriteAllText(path, text.ToString());
            files.Add(path);
        }

        return files;
    }

    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeApi.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("KnowledgeApi.sln not found above the benchmark.");
    }
}
