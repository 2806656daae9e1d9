using System.Buffers;
using System.Text.Json;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace KnowledgeApi.GraphQL.AspNetCore.Http.Responses;

/// <summary>
/// Writes a result with <see cref="Utf8JsonWriter"/> straight into the response's pipe: no
/// intermediate string or stream, the bytes go out with one flush.
/// </summary>
internal static class GraphQLResponseWriter
{
    private static readonly byte[] MultipartStart = "\r\n---\r\nContent-Type: application/json; charset=utf-8\r\n\r\n"u8.ToArray();
    private static readonly byte[] MultipartEnd = "\r\n-----\r\n"u8.ToArray();
    private static readonly byte[] EventStart = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\nevent: complete\n\n"u8.ToArray();

    public static async Task WriteAsync(HttpResponse response, IExecutionResult result, ResponseFormat format, int statusCode, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = format.ContentType();
        if (format is ResponseFormat.EventStream)
        {
            response.Headers.CacheControl = "no-cache";
        }

        var body = response.BodyWriter;
        switch (format)
        {
            case ResponseFormat.MultipartMixed:
                body.Write(MultipartStart);
                WriteJson(body, result);
                body.Write(MultipartEnd);
                break;
            case ResponseFormat.EventStream:
                body.Write(EventStart);
                WriteJson(body, result);
                body.Write(EventEnd);
                break;
            default:
                WriteJson(body, result);
                break;
        }

        await body.FlushAsync(cancellationToken);
    }

    // Default writer options on purpose: validation stays on, so a writer bug throws instead of
    // sending broken JSON; the default encoder escapes HTML-sensitive characters, so a response
    // stays safe even if a browser ever sniffs it as HTML.
    private static void WriteJson(System.IO.Pipelines.PipeWriter body, IExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(body);
        result.WriteTo(writer);
        writer.Flush();
    }
}
