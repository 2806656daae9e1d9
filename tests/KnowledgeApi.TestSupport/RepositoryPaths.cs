namespace KnowledgeApi.TestSupport;

/// <summary>Finds files of the repository from a test's output folder, wherever it was cloned.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds KnowledgeApi.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path below the repository root, from '/'-separated parts.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeApi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"KnowledgeApi.sln was not found above {AppContext.BaseDirectory}.");
    }
}
