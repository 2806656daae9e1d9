using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.AspNetCore.Http.Requests;

/// <summary>
/// Reads a POST body (<c>{"query", "operationName", "variables", "extensions", "id"}</c>) with
/// <see cref="Utf8JsonReader"/> straight from the received bytes, without an intermediate DOM.
/// Every problem becomes an <see cref="HttpRequestRejectedException"/> with Hot Chocolate's code:
/// HC0012 for bytes that are not JSON, HC0009 for JSON that is not a request, HC0013 for a request
/// without a document.
/// </summary>
internal static class GraphQLRequestJsonReader
{
    /// <summary>Deep enough for any real variables object; the bound also keeps recursion safe.</summary>
    internal const int MaxDepth = 64;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow };

    public static GraphQLRequest Read(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            throw HttpRequestRejectedException.BadRequest(HttpErrorCodes.InvalidJson, "The request body is empty; send a JSON object with a `query`.");
        }

        // JSON is UTF-8 throughout; members the reader skips (unknown ones) are never decoded, so
        // the encoding is checked once for the whole body.
        if (!IsUtf8(body))
        {
            throw HttpRequestRejectedException.BadRequest(HttpErrorCodes.InvalidJson, "The request body is not valid UTF-8.");
        }

        try
        {
            var reader = new Utf8JsonReader(body, Options);
            reader.Read();

            // A wrong shape is only reported once the whole body is known to be JSON: a body that is
            // both is first of all not JSON (HC0012), as a reader that parses everything first says.
            HttpRequestRejectedException? wrongShape = null;
            GraphQLRequest? request = null;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                request = ReadRequest(ref reader, ref wrongShape);
            }
            else
            {
                wrongShape = reader.TokenType == JsonTokenType.StartArray
                    ? HttpRequestRejectedException.BadRequest(HttpErrorCodes.RequestInvalid, "Request batching is not enabled; send one request object.")
                    : HttpRequestRejectedException.BadRequest(HttpErrorCodes.RequestInvalid, "The request body must be a JSON object with a `query`.");
                reader.Skip();
            }

            // Anything after the object (a second value, garbage) makes the body invalid JSON.
            if (reader.Read())
            {
                throw new JsonException("Unexpected data after the request object.");
            }

            return wrongShape is null ? RequireDocument(request!) : throw wrongShape;
        }
        catch (JsonException exception)
        {
            throw HttpRequestRejectedException.BadRequest(HttpErrorCodes.InvalidJson, "Invalid JSON document.", exception);
        }
        catch (InvalidOperationException exception)
        {
            // Lone surrogates written as \u escapes decode to no valid UTF-8 string.
            throw HttpRequestRejectedException.BadRequest(HttpErrorCodes.InvalidJson, "The request body is not valid UTF-8.", exception);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool IsUtf8(ReadOnlySequence<byte> body)
    {
        if (body.IsSingleSegment)
        {
            return Utf8.IsValid(body.FirstSpan);
        }

        // A character may straddle two segments: the decoder carries its first bytes over (only
        // Convert keeps that state; GetCharCount does not).
        var decoder = StrictUtf8.GetDecoder();
        Span<char> scratch = stackalloc char[256];
        try
        {
            foreach (var segment in body)
            {
                for (var bytes = segment.Span; !bytes.IsEmpty;)
                {
                    decoder.Convert(bytes, scratch, flush: false, out var used, out _, out _);
                    bytes = bytes[used..];
                }
            }

            decoder.Convert([], scratch, flush: true, out _, out _, out _);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// Fails with HC0013 when the request names no document, as HC does for GET and POST alike. An
    /// automatic persisted query names its document by the hash in <c>extensions.persistedQuery</c>;
    /// the executor looks it up (or answers HC0013 itself when APQ is not enabled).
    /// </summary>
    public static GraphQLRequest RequireDocument(GraphQLRequest request) =>
        request.Query is null && request.DocumentId is null && request.Extensions?.ContainsKey("persistedQuery") != true
            ? throw HttpRequestRejectedException.BadRequest(
                HttpErrorCodes.QueryAndIdMissing, "Either the parameter query or the parameter id has to be set.")
            : request;

    private static GraphQLRequest ReadRequest(ref Utf8JsonReader reader, ref HttpRequestRejectedException? wrongShape)
    {
        string? query = null, operationName = null, id = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var known = Classify(ref reader);
            reader.Read();
            switch (known)
            {
                case Property.Query:
                    query = ReadString(ref reader, "query", ref wrongShape);
                    break;
                case Property.OperationName:
                    operationName = ReadString(ref reader, "operationName", ref wrongShape);
                    break;
                case Property.Id:
                    id = ReadString(ref reader, "id", ref wrongShape);
                    break;
                case Property.Variables:
                    variables = ReadMap(ref reader, "variables", ref wrongShape);
                    break;
                case Property.Extensions:
                    extensions = ReadMap(ref reader, "extensions", ref wrongShape);
                    break;
                default:
                    // Unknown members are ignored, as the GraphQL over HTTP spec asks.
                    reader.Skip();
                    break;
            }
        }

        return new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            DocumentId = id,
            Variables = variables,
            Extensions = extensions,
        };
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name, ref HttpRequestRejectedException? wrongShape)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                var error = WrongType(ref reader, name, "a string");
                wrongShape ??= error;
                return null;
        }
    }

    private static Dictionary<string, object?>? ReadMap(ref Utf8JsonReader reader, string name, ref HttpRequestRejectedException? wrongShape)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return JsonValueReader.ReadObject(ref reader);
            case JsonTokenType.Null:
                return null;
            default:
                var error = WrongType(ref reader, name, "an object");
                wrongShape ??= error;
                return null;
        }
    }

    private static HttpRequestRejectedException WrongType(ref Utf8JsonReader reader, string name, string expected)
    {
        // Skip the value so reading goes on: the rest must still be JSON for this verdict to stand.
        reader.Skip();
        return HttpRequestRejectedException.BadRequest(HttpErrorCodes.RequestInvalid, $"The request parameter `{name}` must be {expected} or null.");
    }

    /// <summary>The request members, matched on the raw UTF-8 name so reading allocates no strings for them.</summary>
    private enum Property
    {
        Unknown,
        Query,
        OperationName,
        Variables,
        Extensions,
        Id,
    }

    private static Property Classify(ref Utf8JsonReader reader)
    {
        // A name split across buffer segments or written with escapes has no usable raw span.
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return Classify(System.Text.Encoding.UTF8.GetBytes(reader.GetString()!));
        }

        return Classify(reader.ValueSpan);
    }

    private static Property Classify(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("query"u8) => Property.Query,
        _ when name.SequenceEqual("operationName"u8) => Property.OperationName,
        _ when name.SequenceEqual("variables"u8) => Property.Variables,
        _ when name.SequenceEqual("extensions"u8) => Property.Extensions,

        // HC reads a persisted document's id from "id"; newer clients send "documentId".
        _ when name.SequenceEqual("id"u8) || name.SequenceEqual("documentId"u8) => Property.Id,
        _ => Property.Unknown,
    };
}
