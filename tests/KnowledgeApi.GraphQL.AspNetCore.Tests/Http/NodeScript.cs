using System.Diagnostics;
using System.Text.Json;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

/// <summary>Runs a script of tests/js/http with node and parses the JSON line it prints last.</summary>
internal static class NodeScript
{
    public static async Task<JsonElement> RunAsync(string script, params string[] arguments)
    {
        NodePackages.EnsureInstalled();
        var path = RepositoryPaths.Combine("tests", "js", "http", script);
        var start = new ProcessStartInfo("node", [path, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail($"{script} did not finish in 2 minutes. stderr: {await errors}");
        }

        var lastLine = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (node.ExitCode != 0 || lastLine is null)
        {
            Assert.Fail($"{script} exited with {node.ExitCode}. stdout: {await output} stderr: {await errors}");
        }

        return JsonDocument.Parse(lastLine).RootElement.Clone();
    }
}
