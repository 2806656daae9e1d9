namespace KnowledgeApi.Server.Cli;

/// <summary>The parsed arguments of <c>ingest [--strict] &lt;files or folders&gt;...</c>.</summary>
internal sealed record IngestArguments(IReadOnlyList<string> Paths, bool Strict, bool Help)
{
    public const string Usage = """
        Usage: KnowledgeApi.Server ingest [--strict] <file or folder>...

        Reads article files (.txt, .md; folders recursively) into the knowledge base named by
        ConnectionStrings__Knowledge (default: Data Source=data/knowledge.db), creating and
        migrating the database if needed. Unreadable files are reported and skipped.

        Exit codes: 0 every readable file stored; 1 nothing could be stored, or --strict and a
        file was skipped; 2 bad arguments.
        """;

    /// <returns>The arguments, or an error message.</returns>
    public static (IngestArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        var strict = false;
        var help = false;
        var optionsEnded = false;
        foreach (var arg in args)
        {
            if (!optionsEnded && arg.StartsWith('-'))
            {
                switch (arg)
                {
                    case "--strict":
                        strict = true;
                        break;
                    case "--help" or "-h" or "-?":
                        help = true;
                        break;
                    case "--":
                        optionsEnded = true;
                        break;
                    default:
                        return (null, $"Unknown option '{arg}'.");
                }
            }
            else
            {
                paths.Add(arg);
            }
        }

        return paths.Count == 0 && !help
            ? (null, "Name at least one article file or folder.")
            : (new IngestArguments(paths, strict, help), null);
    }
}
