namespace KnowledgeApi.Server.Tests.Resilience;

/// <summary>One generated bad request, its category and the answer it must get.</summary>
internal sealed record BadInputCase(string Category, string Name, BadRequest Request, Expectation Expected);

/// <summary>A request the suite sends; each kind knows how.</summary>
internal abstract record BadRequest
{
    public abstract Task<BadInputOutcome> SendAsync(HttpClient client, Uri server);
}

/// <summary>
/// Well-formed HTTP sent with HttpClient: any method, path and body, the Content-Type and Accept
/// headers exactly as given (unvalidated), and optionally a chunked body of unknown length.
/// </summary>
internal sealed record HttpBadRequest(
    HttpMethod Method, string PathAndQuery, ReadOnlyMemory<byte>? Body = null, string? ContentType = "application/json", string? Accept = null, bool Chunked = false)
    : BadRequest
{
    public static HttpBadRequest Post(byte[] body, string? accept = null) => new(HttpMethod.Post, "/graphql", body, Accept: accept);

    public static HttpBadRequest Get(string queryString, string? accept = null) => new(HttpMethod.Get, "/graphql?" + queryString, null, null, accept);

    public override async Task<BadInputOutcome> SendAsync(HttpClient client, Uri server)
    {
        using var message = new HttpRequestMessage(Method, PathAndQuery);
        if (Body is { } body)
        {
            message.Content = Chunked ? new StreamContent(new UnknownLengthStream(body)) : new ReadOnlyMemoryContent(body);
            message.Content.Headers.ContentType = null;
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        }

        try
        {
            using var response = await client.SendAsync(message);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            return BadInputOutcome.Answered((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), bytes);
        }
        catch (HttpRequestException exception)
        {
            return BadInputOutcome.Dropped(exception.Message + " " + exception.InnerException?.Message);
        }
        catch (TaskCanceledException)
        {
            return BadInputOutcome.Dropped("no answer within the client's timeout");
        }
    }

    /// <summary>A read-only stream that hides its length, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(ReadOnlyMemory<byte> data) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var take = Math.Min(buffer.Length, data.Length - position);
            data.Span.Slice(position, take).CopyTo(buffer);
            position += take;
            return take;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Bytes written to a bare socket: a request head and body parts, optionally closing the sending side after.</summary>
internal sealed record RawBadRequest(byte[] Head, Func<IEnumerable<ReadOnlyMemory<byte>>> Body, bool CloseSendingSide = false) : BadRequest
{
    public static RawBadRequest HeadOnly(byte[] head) => new(head, () => []);

    public override Task<BadInputOutcome> SendAsync(HttpClient client, Uri server) => RawHttpExchange.SendAsync(server, Head, Body(), CloseSendingSide);
}

/// <summary>Media types the suite sends.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Json = "application/json";
}
