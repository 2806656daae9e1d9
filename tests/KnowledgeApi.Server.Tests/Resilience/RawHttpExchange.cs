using System.Net.Sockets;
using System.Text;

namespace KnowledgeApi.Server.Tests.Resilience;

/// <summary>
/// One HTTP/1.1 exchange over a bare socket, for requests HttpClient refuses to send (a request
/// line with raw bytes, a Content-Length that lies, a broken chunk size) or sends differently.
/// Reads the whole answer (Content-Length or chunked); a connection that closes before a
/// complete answer is reported as dropped, which the suite counts as a failure.
/// </summary>
internal static class RawHttpExchange
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Sends <paramref name="head"/>, then each body part in order, then reads the answer.</summary>
    public static async Task<BadInputOutcome> SendAsync(Uri server, byte[] head, IEnumerable<ReadOnlyMemory<byte>> body, bool closeSendingSide = false)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(server.Host, server.Port, timeout.Token);
            var stream = new NetworkStream(socket, ownsSocket: false);
            try
            {
                await stream.WriteAsync(head, timeout.Token);
                foreach (var part in body)
                {
                    await stream.WriteAsync(part, timeout.Token);
                }
            }
            catch (IOException)
            {
                // The server may answer and close before reading everything (Kestrel's own 400s do):
                // what counts is the answer that is waiting, read below.
            }

            if (closeSendingSide)
            {
                socket.Shutdown(SocketShutdown.Send);
            }

            return await ReadResponseAsync(stream, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return BadInputOutcome.Dropped("no answer within " + Timeout.TotalSeconds + " s");
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            return BadInputOutcome.Dropped(exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>A request head: the request line, Host, the given header lines, and the empty line.</summary>
    public static byte[] Head(string requestLine, params string[] headers)
    {
        var text = new StringBuilder(requestLine).Append("\r\n");
        foreach (var header in headers)
        {
            text.Append(header).Append("\r\n");
        }

        return Encoding.Latin1.GetBytes(text.Append("\r\n").ToString());
    }

    private static async Task<BadInputOutcome> ReadResponseAsync(Stream stream, CancellationToken cancellationToken)
    {
        var reader = new BufferedLineReader(stream);
        var statusLine = await reader.ReadLineAsync(cancellationToken);
        if (statusLine is null)
        {
            return BadInputOutcome.Dropped("the connection closed without an answer");
        }

        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !int.TryParse(parts[1], out var status))
        {
            return BadInputOutcome.Dropped("not an HTTP status line: " + statusLine);
        }

        long? contentLength = null;
        var chunked = false;
        string? contentType = null;
        while (await reader.ReadLineAsync(cancellationToken) is { Length: > 0 } header)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? header : header[..colon].Trim();
            var value = colon < 0 ? string.Empty : header[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                chunked = value.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
        }

        byte[]? body = chunked
            ? await reader.ReadChunkedAsync(cancellationToken)
            : await reader.ReadExactlyOrNullAsync(contentLength ?? 0, cancellationToken);
        return body is null
            ? BadInputOutcome.Dropped($"HTTP {status} with a body cut short")
            : BadInputOutcome.Answered(status, contentType, body);
    }
}
