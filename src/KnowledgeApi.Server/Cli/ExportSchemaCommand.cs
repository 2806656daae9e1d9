using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Server.GraphQL;
using KnowledgeApi.Server.Knowledge;
using Spectre.Console;

namespace KnowledgeApi.Server.Cli;

/// <summary>
/// The <c>export-schema</c> verb: writes the running schema's SDL (graphql-js <c>printSchema</c>
/// format) to <c>schema/schema.graphql</c>, or to the file <c>--output</c> names.
/// </summary>
internal static class ExportSchemaCommand
{
    public const string Verb = "export-schema";

    public const string Usage = "usage: export-schema [--output <file>]   (default: schema/schema.graphql of the repository)";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Verb;

    /// <summary>Runs the verb on <c>args</c>, the arguments after the verb; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--output" or "-o" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                case "--help" or "-h":
                    console.WriteLine(Usage);
                    return 0;
                default:
                    console.WriteLine($"Unknown argument '{args[i]}'.");
                    console.WriteLine(Usage);
                    return 2;
            }
        }

        output ??= DefaultPath(Directory.GetCurrentDirectory());
        var collection = new ServiceCollection().AddLogging().AddKnowledgeBase(configuration);
        collection.AddKnowledgeGraph();
        var services = collection.BuildServiceProvider();
        await using (services.ConfigureAwait(false))
        {
            var sdl = SchemaPrinter.Print(services.GetRequiredService<IRequestExecutor>().Schema);
            var folder = Path.GetDirectoryName(Path.GetFullPath(output));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await File.WriteAllTextAsync(output, sdl).ConfigureAwait(false);
            console.WriteLine($"Wrote the schema to {Path.GetFullPath(output)}.");
            return 0;
        }
    }

    /// <summary><c>schema/schema.graphql</c> beside the repository's <c>KnowledgeApi.sln</c>, or below the working folder outside a clone.</summary>
    public static string DefaultPath(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeApi.sln")))
            {
                return Path.Combine(dir.FullName, "schema", "schema.graphql");
            }
        }

        return Path.Combine(startDirectory, "schema", "schema.graphql");
    }
}
