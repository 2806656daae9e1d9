using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Server.Knowledge;

/// <summary>
/// Where the knowledge base's starting files are: the seeds folder for first-run seeding and the
/// gazetteer for extraction. Configured paths win; otherwise both are looked up from the content
/// root, then the current directory (each walking up to the repository root), then the build
/// output, which carries a copy of <c>seeds/</c>.
/// </summary>
internal sealed class KnowledgeFiles(KnowledgeSettings settings, string? contentRoot)
{
    private readonly Lazy<string?> foundSeeds = new(() => SeedsFolder.FindFirst([contentRoot, Directory.GetCurrentDirectory()]));

    /// <summary><c>Knowledge:SeedsPath</c>, else the seeds folder found, else null.</summary>
    public string? SeedsPath => settings.SeedsPath ?? foundSeeds.Value;

    /// <summary>
    /// <c>Knowledge:GazetteerPath</c>; else <c>gazetteer.json</c> in the configured seeds folder,
    /// if it has one; else the one in the seeds folder found; else null.
    /// </summary>
    public string? GazetteerPath
    {
        get
        {
            if (settings.GazetteerPath is { } configured)
            {
                return configured;
            }

            foreach (var seeds in new[] { settings.SeedsPath, foundSeeds.Value })
            {
                var path = seeds is null ? null : Path.Combine(seeds, SeedsFolder.GazetteerFileName);
                if (File.Exists(path))
                {
                    return path;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The gazetteer extraction runs with. A configured file that is missing or malformed stops
    /// the start with an <see cref="InvalidDataException"/> naming it (a typo must not silently
    /// turn every curated entity into an unconfirmed guess); when none is configured or found,
    /// extraction runs on its rules alone and says so in the log.
    /// </summary>
    public Gazetteer LoadGazetteer(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var path = GazetteerPath;
        if (path is null)
        {
            logger.LogWarning("No gazetteer was found (set Knowledge:GazetteerPath): entities are found by rules only.");
            return Gazetteer.Empty;
        }

        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The gazetteer '{path}' (Knowledge:GazetteerPath) does not exist.");
        }

        var gazetteer = Gazetteer.Load(path);
        logger.LogDebug("Loaded {Count} gazetteer entries from {Path}.", gazetteer.Entries.Count, path);
        return gazetteer;
    }
}
