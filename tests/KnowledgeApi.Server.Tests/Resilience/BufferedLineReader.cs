using System.Globalization;
using System.Text;

namespace KnowledgeApi.Server.Tests.Resilience;

/// <summary>
/// Reads an HTTP/1.1 response from a stream: CRLF lines for the head, then an exact byte count or
/// a chunked body. Returns null wherever the stream ends too early, so the caller can tell a
/// dropped connection from an answer.
/// </summary>
internal sealed class BufferedLineReader(Stream stream)
{
    private readonly byte[] buffer = new byte[16 * 1024];
    private int start;
    private int end;

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        while (true)
        {
            if (start == end && !await FillAsync(cancellationToken))
            {
                return null;
            }

            var b = buffer[start++];
            if (b == (byte)'\n')
            {
                if (line.Count > 0 && line[^1] == (byte)'\r')
                {
                    line.RemoveAt(line.Count - 1);
                }

                return Encoding.Latin1.GetString([.. line]);
            }

            line.Add(b);
        }
    }

    public async Task<byte[]?> ReadExactlyOrNullAsync(long count, CancellationToken cancellationToken)
    {
        var result = new byte[count];
        var written = 0;
        while (written < count)
        {
            if (start == end && !await FillAsync(cancellationToken))
            {
                return null;
            }

            var take = (int)Math.Min(end - start, count - written);
            Array.Copy(buffer, start, result, written, take);
            start += take;
            written += take;
        }

        return result;
    }

    public async Task<byte[]?> ReadChunkedAsync(CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeLine = await ReadLineAsync(cancellationToken);
            if (sizeLine is null)
            {
                return null;
            }

            var size = long.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                // Trailers (none expected) end with an empty line.
                while (await ReadLineAsync(cancellationToken) is { Length: > 0 })
                {
                }

                return body.ToArray();
            }

            var chunk = await ReadExactlyOrNullAsync(size, cancellationToken);
            if (chunk is null || await ReadLineAsync(cancellationToken) is null)
            {
                return null;
            }

            body.Write(chunk);
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        start = 0;
        end = await stream.ReadAsync(buffer, cancellationToken);
        return end > 0;
    }
}
