using System.Text.Json;
using KnowledgeApi.Server.Tests.Hosting;
using KnowledgeApi.TestSupport;
using Xunit.Abstractions;

namespace KnowledgeApi.Server.Tests.Clients;

/// <summary>
/// A person's first minute, in a real browser (Debian's Chromium driven by playwright-core, as
/// on a machine without network): open <c>/graphql</c> on the seeded server, get Banana Cake Pop,
/// put the Donald Trump query into its editor, press Run, and read both seed articles' titles in
/// its response pane. The screenshot stays under TestResults/ as the artifact to look at.
/// </summary>
public sealed class IdeQueryBrowserTests(SeededServer server, ITestOutputHelper output) : IClassFixture<SeededServer>
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private const string Query = """{ people(where: { name: { eq: "Donald Trump" } }) { nodes { id name quotedIn { nodes { id title } } } } }""";

    // The IDE shows strings as written (“ ” and ' stay themselves), not \u-escaped.
    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Banana_cake_pop_runs_the_donald_trump_query_and_shows_both_seed_articles()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}. .ci/run installs Debian's chromium (apt-get install -y chromium).");
        var seed = await SeedKnowledge.ReadAsync(server);
        var screenshot = ScreenshotPath();
        File.Delete(screenshot);
        var userDataDir = Directory.CreateTempSubdirectory("knowledgeapi-chromium-").FullName;
        JsonElement run;
        try
        {
            run = await ClientScript.RunAsync(
                "tests/js/browser/ide-runs-query.mjs",
                new Uri(server.BaseAddress, "graphql").ToString(),
                Query,
                JsonSerializer.Serialize(seed.ArticleTitles),
                screenshot,
                userDataDir,
                ChromiumPath);
        }
        finally
        {
            Directory.Delete(userDataDir, recursive: true);
        }

        output.WriteLine($"screenshot: {screenshot}");
        output.WriteLine(run.ToString());
        Assert.True(run.GetProperty("error").ValueKind == JsonValueKind.Null, $"The browser run failed: {run}");
        Assert.Equal(Query, run.GetProperty("editorText").GetString());
        // What the IDE sent is what was put into its editor, and the server answered it.
        Assert.Equal(Query, run.GetProperty("postedQuery").GetString());
        Assert.Equal(200, run.GetProperty("responseStatus").GetInt32());

        var pane = run.GetProperty("responsePaneText").GetString();
        Assert.NotNull(pane);
        Assert.Contains("\"name\": \"Donald Trump\"", pane, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", pane, StringComparison.Ordinal);
        foreach (var title in seed.ArticleTitles)
        {
            Assert.Contains($"\"title\": {JsonSerializer.Serialize(title, RelaxedJson)}", pane, StringComparison.Ordinal);
        }

        Assert.True(new FileInfo(screenshot).Length > 0, $"No screenshot at {screenshot}");
    }

    /// <summary>Kept under TestResults/ so CI keeps it as an artifact and a person can look at it.</summary>
    private static string ScreenshotPath()
    {
        var folder = RepositoryPaths.Combine("TestResults", "KnowledgeApi.Server.Tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "banana-cake-pop-donald-trump-query.png");
    }
}
