using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.GraphQL.AspNetCore.Http.Requests;

/// <summary>
/// Buffers a POST body in the request's own pipe (no copy) up to the configured limit, and refuses
/// a larger one with 413 after draining it.
/// </summary>
/// <remarks>
/// Draining matters: answering while the client is still sending makes the server close the
/// connection, and the client then sees a reset instead of the 413. The body is read and dropped
/// (nothing kept), which the server's own request-size limit still bounds.
/// </remarks>
internal static class RequestBodyReader
{
    /// <summary>
    /// Reads the whole body and passes it to <paramref name="parse"/> while the pipe still holds it
    /// (so the buffer needs no copy), then releases the pipe.
    /// </summary>
    public static async Task<T> ReadAsync<T>(HttpContext context, long limit, Func<ReadOnlySequence<byte>, T> parse)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            await DrainAsync(request.BodyReader, context.RequestAborted);
            throw TooLarge(limit);
        }

        var pipe = request.BodyReader;
        ReadResult read;
        try
        {
            while (true)
            {
                read = await pipe.ReadAsync(context.RequestAborted);
                if (read.Buffer.Length > limit)
                {
                    pipe.AdvanceTo(read.Buffer.End);
                    await DrainAsync(pipe, context.RequestAborted);
                    throw TooLarge(limit);
                }

                if (read.IsCompleted || read.IsCanceled)
                {
                    break;
                }

                // Nothing consumed, everything examined: the next read waits for more bytes.
                pipe.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own limit (Kestrel's MaxRequestBodySize) is lower than ours.
            throw TooLarge(context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? limit, exception);
        }
        catch (BadHttpRequestException exception)
        {
            // The body is broken HTTP (a chunk size that is not hex, a body cut short): answered with
            // Kestrel's status as a GraphQL error, not left to the host, which would log it as a
            // failure of the application. A client that went away gets nothing, as elsewhere.
            context.RequestAborted.ThrowIfCancellationRequested();
            throw new HttpRequestRejectedException(exception.StatusCode, new GraphQLError($"The request body could not be read: {exception.Message}"), exception);
        }

        try
        {
            return parse(read.Buffer);
        }
        finally
        {
            pipe.AdvanceTo(read.Buffer.End);
        }
    }

    private static async Task DrainAsync(PipeReader pipe, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var read = await pipe.ReadAsync(cancellationToken);
                pipe.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted || read.IsCanceled)
                {
                    return;
                }
            }
        }
        catch (BadHttpRequestException)
        {
            // The server's own limit stopped the drain; the 413 is still answered, on a closing connection.
        }
    }

    private static HttpRequestRejectedException TooLarge(long limit, Exception? inner = null) =>
        new(
            StatusCodes.Status413PayloadTooLarge,
            new GraphQLError($"The request body is larger than the allowed {limit} bytes.").WithCode(HttpErrorCodes.MaxRequestSize),
            inner);
}
