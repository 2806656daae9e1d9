namespace KnowledgeApi.Server.Knowledge;

/// <summary>Finds the repository's <c>seeds/</c> folder: the nearest one beside a <c>KnowledgeApi.sln</c>, from a start folder upwards.</summary>
internal static class SeedsFolder
{
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds) && File.Exists(Path.Combine(dir.FullName, "KnowledgeApi.sln")))
            {
                return seeds;
            }
        }

        return null;
    }
}
