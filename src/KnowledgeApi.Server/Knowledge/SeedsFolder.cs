namespace KnowledgeApi.Server.Knowledge;

/// <summary>
/// Finds the <c>seeds/</c> folder (the seed articles and <c>gazetteer.json</c>): the repository's,
/// found upwards from a start folder beside a <c>KnowledgeApi.sln</c>, or else the copy the build
/// puts next to the server's assemblies, so a published server finds its seeds too.
/// </summary>
internal static class SeedsFolder
{
    public const string Name = "seeds";

    public const string GazetteerFileName = "gazetteer.json";

    /// <summary>The repository's seeds folder at or above <paramref name="startDirectory"/>, or null.</summary>
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, Name);
            if (Directory.Exists(seeds) && File.Exists(Path.Combine(dir.FullName, "KnowledgeApi.sln")))
            {
                return seeds;
            }
        }

        return null;
    }

    /// <summary>
    /// The first seeds folder found from the start folders, in order (null ones are skipped),
    /// else the one in the build output; null when there is none anywhere.
    /// </summary>
    public static string? FindFirst(IEnumerable<string?> startDirectories)
    {
        foreach (var start in startDirectories)
        {
            if (start is not null && Directory.Exists(start) && Find(start) is { } found)
            {
                return found;
            }
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, Name);
        return Directory.Exists(shipped) ? shipped : null;
    }
}
