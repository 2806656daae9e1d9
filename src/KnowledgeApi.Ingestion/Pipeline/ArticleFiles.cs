namespace KnowledgeApi.Ingestion.Pipeline;

/// <summary>
/// Expands the command line's files and folders into article files: a folder contributes its
/// <c>.txt</c> and <c>.md</c> files, recursively, in ordinal path order so runs are repeatable.
/// </summary>
public static class ArticleFiles
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown"];

    /// <returns>The files to ingest, and a skipped result for every path that does not exist.</returns>
    public static (IReadOnlyList<string> Files, IReadOnlyList<IngestResult> Missing) Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var missing = new List<IngestResult>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(new IngestResult(path, IngestStatus.Skipped, Problem: $"{path}: no such file or folder"));
            }
        }

        return (files.Distinct(StringComparer.Ordinal).ToList(), missing);
    }
}
