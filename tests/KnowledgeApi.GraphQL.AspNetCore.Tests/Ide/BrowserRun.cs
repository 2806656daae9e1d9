using System.Diagnostics;
using System.Text.Json;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Ide;

/// <summary>One request the page made, as tests/js/browser/ide-loads.mjs recorded it.</summary>
/// <remarks><c>Settled</c> is false for a request still open when the script closed the browser.</remarks>
internal sealed record BrowserRequest(string Url, string Method, string ResourceType, int? Status, string? Failure, bool Settled);

/// <summary>What ide-loads.mjs saw: whether the editor rendered, every request, console errors.</summary>
internal sealed record BrowserRun(
    bool Rendered,
    bool ServiceWorkerReload,
    string? Title,
    string? EditorText,
    string? Error,
    string? BodyText,
    IReadOnlyList<BrowserRequest> Requests,
    IReadOnlyList<string> ConsoleErrors)
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Runs the script in Debian's Chromium through playwright-core. Fails with the reason (and the
    /// fix) when Chromium or the npm packages are missing: this test is never skipped.
    /// </summary>
    public static async Task<BrowserRun> OpenAsync(Uri url, string screenshotPath)
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"Chromium is missing at {ChromiumPath}. .ci/run installs Debian's chromium (apt-get install -y chromium); install it the same way to run this test.");
        }

        NodePackages.EnsureInstalled();
        if (!Directory.Exists(RepositoryPaths.Combine("node_modules", "playwright-core")))
        {
            Assert.Fail("node_modules/playwright-core is missing: run `npm ci` at the repository root (.ci/run does).");
        }

        var userDataDir = Directory.CreateTempSubdirectory("knowledgeapi-chromium-").FullName;
        try
        {
            var script = RepositoryPaths.Combine("tests", "js", "browser", "ide-loads.mjs");
            var start = new ProcessStartInfo("node", [script, url.ToString(), screenshotPath, userDataDir, ChromiumPath])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = RepositoryPaths.Root,
            };
            using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await node.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
                Assert.Fail($"ide-loads.mjs did not finish in 3 minutes. stderr: {await errors}");
            }

            var lastLine = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (node.ExitCode != 0 || lastLine is null)
            {
                Assert.Fail($"ide-loads.mjs exited with {node.ExitCode}. stdout: {await output} stderr: {await errors}");
            }

            return JsonSerializer.Deserialize<BrowserRun>(lastLine, Json)
                ?? throw new InvalidOperationException($"ide-loads.mjs printed no result: {lastLine}");
        }
        finally
        {
            Directory.Delete(userDataDir, recursive: true);
        }
    }
}
