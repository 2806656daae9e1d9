using KnowledgeApi.TestSupport;
using Microsoft.AspNetCore.Builder;
using Xunit.Abstractions;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Ide;

/// <summary>
/// Banana Cake Pop in a real browser (Debian's Chromium, driven by playwright-core): it must load
/// entirely from this server, render its editor, and make no request anywhere else.
/// </summary>
public sealed class IdeBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Banana_cake_pop_renders_its_editor_from_this_server_alone()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde());
        var screenshot = ScreenshotPath();

        var run = await BrowserRun.OpenAsync(new Uri(host.Address, "graphql"), screenshot);

        foreach (var request in run.Requests)
        {
            output.WriteLine($"{request.Method} {request.Url} {request.ResourceType} -> {request.Status?.ToString() ?? request.Failure ?? "(still open)"}");
        }

        output.WriteLine($"screenshot: {screenshot}; service worker took over and the IDE reloaded: {run.ServiceWorkerReload}");
        Assert.True(run.Rendered, $"The IDE did not render its editor: {run.Error}\nPage text: {run.BodyText}\nConsole errors: {string.Join("\n", run.ConsoleErrors)}");
        // The IDE registers its service worker only when service-worker.js arrives as JavaScript;
        // the worker then precaches every file from this server and takes over the page.
        Assert.True(run.ServiceWorkerReload, "The IDE's service worker never took over the page (no reload after it installed).");
        Assert.Contains("Banana Cake Pop", run.Title, StringComparison.Ordinal);
        Assert.Contains("__typename", run.EditorText, StringComparison.Ordinal);
        Assert.True(File.Exists(screenshot), $"No screenshot at {screenshot}");

        // Nothing leaves the machine: no CDN, no telemetry (bcp-config.json turns it off), no fonts.
        var elsewhere = run.Requests.Where(request => new Uri(request.Url).Host != "127.0.0.1").ToList();
        Assert.True(elsewhere.Count == 0, "Requests left the server: " + string.Join(", ", elsewhere.Select(request => request.Url)));

        // Every file of the IDE arrived; the editor bundle proves the lazily loaded chunks did too.
        var ideFiles = run.Requests.Where(request => new Uri(request.Url).AbsolutePath.StartsWith("/graphql/", StringComparison.Ordinal)).ToList();
        var failed = ideFiles.Where(request => !request.Settled || request.Failure is not null || request.Status is not (200 or 304)).ToList();
        Assert.True(failed.Count == 0, "IDE files failed: " + string.Join(", ", failed.Select(request => $"{request.Url} status={request.Status} failure={request.Failure} settled={request.Settled}")));
        Assert.Contains(ideFiles, request => request.Url.EndsWith("/graphql/bcp-config.json", StringComparison.Ordinal));
        Assert.Contains(ideFiles, request => request.Url.Contains("/graphql/static/js/editor.", StringComparison.Ordinal));
        Assert.Contains(ideFiles, request => request.Url.Contains("/graphql/static/css/styles.", StringComparison.Ordinal));
    }

    /// <summary>Kept under TestResults/ so CI keeps it as an artifact and a person can look at it.</summary>
    private static string ScreenshotPath()
    {
        var folder = RepositoryPaths.Combine("TestResults", "KnowledgeApi.GraphQL.AspNetCore.Tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "banana-cake-pop.png");
    }
}
