using KnowledgeApi.Ingestion.Tests.Reading;
using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Server.Cli;
using KnowledgeApi.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace KnowledgeApi.Ingestion.Tests.Cli;

public sealed class IngestCommandTests
{
    private static Task<(int ExitCode, string Output)> RunAsync(TemporaryDatabase database, params string[] args) =>
        RunAsync(database.ConnectionString, args);

    private static async Task<(int ExitCode, string Output)> RunAsync(string connectionString, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Knowledge"] = connectionString })
            .Build();
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });

        // Spectre wraps at the console width; temp paths are longer than a default 80 columns.
        console.Profile.Width = 1000;
        var exitCode = await IngestCommand.RunAsync(args, configuration, console, CancellationToken.None);
        return (exitCode, output.ToString());
    }

    private static string FolderWithSeedsAndABrokenFile()
    {
        var folder = IngestionFixture.NewFolder();
        foreach (var seed in new[] { "000_bd5966101cee13de.txt", "004_4e837f471b77d24d.txt" })
        {
            File.Copy(ArticleSamples.SeedPath(seed), Path.Combine(folder, seed));
        }

        File.WriteAllText(Path.Combine(folder, "broken.txt"), "\n\n   \n");
        return folder;
    }

    [Fact]
    public async Task Ingest_creates_and_migrates_a_missing_database_and_prints_the_summary()
    {
        using var database = TemporaryDatabase.CreateEmpty();

        var (exitCode, output) = await RunAsync(database, FolderWithSeedsAndABrokenFile());

        Assert.Equal(0, exitCode);
        Assert.Contains("skipped broken.txt:1: is empty", output, StringComparison.Ordinal);
        Assert.Contains("Articles: 2 added, 0 updated, 0 unchanged, 1 skipped.", output, StringComparison.Ordinal);
        Assert.Equal(2L, database.Scalar("SELECT count(*) FROM Articles"));
        Assert.Equal(2L, database.Scalar("SELECT count(DISTINCT ArticleId) FROM Quotations WHERE SpeakerName = 'Donald Trump'"));
    }

    [Fact]
    public async Task A_second_run_reports_unchanged_articles_and_strict_fails_on_the_skipped_file()
    {
        using var database = TemporaryDatabase.CreateEmpty();
        var folder = FolderWithSeedsAndABrokenFile();
        await RunAsync(database, folder);

        var (exitCode, output) = await RunAsync(database, "--strict", folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("Articles: 0 added, 0 updated, 2 unchanged, 1 skipped.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_stored_is_a_failure_even_without_strict()
    {
        using var database = TemporaryDatabase.CreateEmpty();
        var folder = IngestionFixture.NewFolder();
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x23, 0x20, 0x41, 0x0A, 0x00]);

        var (exitCode, output) = await RunAsync(database, folder, Path.Combine(folder, "missing.txt"));

        Assert.Equal(1, exitCode);
        Assert.Contains("skipped binary.txt:2: contains NUL characters", output, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file or folder", output, StringComparison.Ordinal);
        Assert.Contains("Articles: 0 added, 0 updated, 0 unchanged, 2 skipped.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_succeeds_when_every_file_was_stored()
    {
        using var database = TemporaryDatabase.CreateEmpty();

        var (exitCode, _) = await RunAsync(database, "--strict", ArticleSamples.SeedPath("000_bd5966101cee13de.txt"));

        Assert.Equal(0, exitCode);
    }

    [Theory]
    [InlineData(new string[0], "Name at least one article file or folder.")]
    [InlineData(new[] { "--fast", "seeds" }, "Unknown option '--fast'.")]
    public async Task Bad_arguments_print_the_usage_and_exit_with_two(string[] args, string message)
    {
        using var database = TemporaryDatabase.CreateEmpty();

        var (exitCode, output) = await RunAsync(database, args);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Contains("Usage: KnowledgeApi.Server ingest [--strict]", output, StringComparison.Ordinal);
        Assert.False(File.Exists(database.Path));
    }

    [Fact]
    public async Task A_folder_without_articles_stores_nothing_and_says_so()
    {
        using var database = TemporaryDatabase.CreateEmpty();

        var (exitCode, output) = await RunAsync(database, IngestionFixture.NewFolder());

        Assert.Equal(1, exitCode);
        Assert.Contains("No article files (.txt, .md) were found.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Data Source=/proc/no-such-folder/knowledge.db")]
    [InlineData("Flavour=strawberry")]
    public async Task A_database_that_cannot_be_opened_is_reported_not_thrown(string connectionString)
    {
        var (exitCode, output) = await RunAsync(connectionString, ArticleSamples.SeedPath("000_bd5966101cee13de.txt"));

        Assert.Equal(1, exitCode);
        Assert.Contains($"Cannot open the knowledge base '{connectionString}'", output, StringComparison.Ordinal);
    }
}
