using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeApi.Server.Tests.Limits;

/// <summary>
/// The execution timeout reaches SQLite: EF Core gets the request's token, Microsoft.Data.Sqlite turns
/// its cancellation into <c>sqlite3_interrupt</c>, so the statement stops, the answer is HC0045 with
/// status 200 soon after the timeout, and the next request runs normally.
/// </summary>
public sealed class SqlTimeoutTests
{
    [Fact]
    public async Task A_slow_statement_is_interrupted_at_the_timeout_and_answered_HC0045_with_200()
    {
        await using var host = await SlowSqlHost.StartAsync();
        var clock = Stopwatch.StartNew();

        using var response = await host.Client.PostAsJsonAsync("/graphql", new { query = "{ slowCount }" });
        var elapsed = clock.Elapsed;
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var ended = await host.Probe.Ended.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = body.GetProperty("errors").EnumerateArray().Last();
        Assert.Equal("HC0045", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The request exceeded the configured timeout of `00:00:01`.", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);

        // The statement itself ended, cancelled, not left running in the background: well before its minutes of work.
        Assert.NotNull(ended);
        Assert.IsAssignableFrom<OperationCanceledException>(ended);
        Assert.InRange(host.Probe.Clock.Elapsed, SlowSqlHost.Timeout * 0.9, TimeSpan.FromSeconds(15));
        Assert.InRange(elapsed, SlowSqlHost.Timeout * 0.9, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task The_next_request_after_a_timeout_runs_normally()
    {
        await using var host = await SlowSqlHost.StartAsync();
        using var timedOut = await host.Client.PostAsJsonAsync("/graphql", new { query = "{ slowCount }" });

        using var next = await host.Client.PostAsJsonAsync("/graphql", new { query = "{ quick }" });

        Assert.Equal(HttpStatusCode.OK, timedOut.StatusCode);
        var timedOutBody = JsonDocument.Parse(await timedOut.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("HC0045", timedOutBody.GetProperty("errors").EnumerateArray().Last().GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""{"data":{"quick":42}}""", await next.Content.ReadAsStringAsync());
    }
}
