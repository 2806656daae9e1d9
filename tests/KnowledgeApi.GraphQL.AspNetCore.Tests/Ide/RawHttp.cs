using System.Net.Sockets;
using System.Text;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Ide;

/// <summary>
/// Sends a request line exactly as written. HttpClient (through Uri) removes "../" segments before
/// sending, which would hide the very requests a traversal test must make.
/// </summary>
internal static class RawHttp
{
    /// <summary>The status code the server answered to <c>GET {target}</c>.</summary>
    public static async Task<int> GetStatusAsync(Uri server, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nAccept: */*\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? throw new InvalidOperationException($"No answer to GET {target}.");
        // "HTTP/1.1 404 Not Found"
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
