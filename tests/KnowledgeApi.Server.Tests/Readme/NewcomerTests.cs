using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Server.Tests.Readme;

/// <summary>
/// A newcomer's first minutes: run the command README.md gives (from the file, not a copy) on a
/// fresh database, then run README's example queries against that server and check each answers
/// without errors and with what README says it contains.
/// </summary>
public sealed class NewcomerTests
{
    // Keeps accents and quotes as they are, so README's expectations match the text as written.
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void The_readme_gives_a_run_command_and_five_example_queries_ending_with_the_donald_trump_question()
    {
        var readme = ReadmeDocument.Load();

        Assert.Equal("dotnet run --project src/KnowledgeApi.Server", readme.RunCommand);
        Assert.Equal(5, readme.Examples.Count);
        Assert.All(readme.Examples, e => Assert.NotEmpty(e.Expected));
        Assert.Contains("Donald Trump", readme.Examples[^1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readme_run_command_serves_the_seeded_graph_and_every_example_query_answers_as_promised()
    {
        var readme = ReadmeDocument.Load();
        var folder = Directory.CreateTempSubdirectory("knowledgeapi-newcomer-");
        var port = FreePort();
        var parts = readme.RunCommand.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(parts[0], [.. parts[1..], "--", "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Knowledge"] = $"Data Source={Path.Combine(folder.FullName, "knowledge.db")}";
        using var server = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        server.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        server.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilUpAsync(client, server, output);
            foreach (var example in readme.Examples)
            {
                using var response = await client.PostAsJsonAsync("/graphql", new { query = example.Query });
                var body = await response.Content.ReadAsStringAsync();
                var json = JsonDocument.Parse(body).RootElement;

                Assert.True(response.StatusCode == HttpStatusCode.OK && !json.TryGetProperty("errors", out _), $"README example failed:\n{example.Query}\n{body}");
                var text = JsonSerializer.Serialize(json.GetProperty("data"), ReadableJson);
                foreach (var expected in example.Expected)
                {
                    Assert.True(text.Contains(expected, StringComparison.Ordinal), $"README promises '{expected}' in the answer to:\n{example.Query}\nbut got {text}");
                }
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task WaitUntilUpAsync(HttpClient client, Process server, System.Collections.Concurrent.ConcurrentQueue<string> output)
    {
        // dotnet run may build first; the server seeds before it listens, so "up" means "seeded".
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(server.HasExited, "The server exited:\n" + string.Join('\n', output));
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        Assert.Fail("The server did not start within 4 minutes:\n" + string.Join('\n', output));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
