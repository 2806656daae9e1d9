using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeApi.TestSupport;

/// <summary>
/// graphql-js, the reference implementation, as an oracle: one node process per test run, fed
/// JSON lines over stdin (tests/js/worker.mjs), so hundreds of comparisons cost milliseconds each.
/// Operations are the functions exported by tests/js/ops/*.mjs.
/// </summary>
public sealed class GraphQLJs : IDisposable
{
    private static readonly Lazy<GraphQLJs> SharedInstance = new(() => new GraphQLJs(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Process process;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> pending = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly Task readLoop;
    private long nextId;

    private GraphQLJs()
    {
        NodePackages.EnsureInstalled();
        var start = new ProcessStartInfo("node", [RepositoryPaths.Combine("tests", "js", "worker.mjs")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        process.StandardInput.AutoFlush = true;
        readLoop = Task.Run(ReadAnswersAsync);
        _ = Task.Run(async () => await process.StandardError.ReadToEndAsync().ConfigureAwait(false));
    }

    /// <summary>The worker shared by all tests of this process.</summary>
    public static GraphQLJs Shared => SharedInstance.Value;

    /// <summary>Runs an operation in graphql-js; a JavaScript exception becomes a <see cref="GraphQLJsException"/>.</summary>
    public async Task<JsonElement> CallAsync(string op, object? args = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var line = JsonSerializer.Serialize(new { id, op, args });
        await writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await process.StandardInput.WriteLineAsync(line).ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }

        return await answer.Task.WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            process.WaitForExit(2000);
        }
        finally
        {
            process.Dispose();
            writeLock.Dispose();
        }
    }

    private async Task ReadAnswersAsync()
    {
        while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetInt64();
            if (!pending.TryRemove(id, out var answer))
            {
                continue;
            }

            if (root.GetProperty("ok").GetBoolean())
            {
                answer.SetResult(root.GetProperty("result").Clone());
            }
            else
            {
                answer.SetException(new GraphQLJsException(root.GetProperty("error").Clone()));
            }
        }

        foreach (var answer in pending.Values)
        {
            answer.TrySetException(new InvalidOperationException("the graphql-js worker exited."));
        }
    }
}

/// <summary>An error thrown inside graphql-js: its message and, for GraphQL errors, its locations.</summary>
public sealed class GraphQLJsException(JsonElement error)
    : Exception(error.GetProperty("message").GetString())
{
    public JsonElement Error { get; } = error;

    /// <summary>The (line, column) pairs graphql-js gave, empty when it gave none.</summary>
    public IReadOnlyList<(int Line, int Column)> Locations =>
        Error.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array
            ? [.. locations.EnumerateArray().Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32()))]
            : [];
}
