using System.Diagnostics;
using System.Text.Json;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Server.Tests.Clients;

/// <summary>
/// Runs a node script of tests/js (a front-end client or the browser driver) and parses the JSON
/// line it prints last. A script that hangs, crashes or prints nothing fails the test with its output.
/// </summary>
internal static class ClientScript
{
    // Generous: the suite shares the machine with builds and other test runs.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static async Task<JsonElement> RunAsync(string relativePath, params string[] arguments)
    {
        NodePackages.EnsureInstalled();
        var script = RepositoryPaths.Combine([.. relativePath.Split('/')]);
        var start = new ProcessStartInfo("node", [script, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail($"{relativePath} did not finish in {Timeout.TotalMinutes} minutes. stderr: {await errors}");
        }

        var lastLine = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (node.ExitCode != 0 || lastLine is null)
        {
            Assert.Fail($"{relativePath} exited with {node.ExitCode}. stdout: {await output} stderr: {await errors}");
        }

        return JsonDocument.Parse(lastLine).RootElement.Clone();
    }
}
