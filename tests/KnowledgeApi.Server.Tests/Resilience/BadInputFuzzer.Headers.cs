using System.Text;

namespace KnowledgeApi.Server.Tests.Resilience;

// Requests whose HTTP is wrong: the content type, the Accept header, or the bytes of HTTP itself.
internal sealed partial class BadInputFuzzer
{
    private IEnumerable<BadInputCase> WrongContentTypes(int count)
    {
        string[] unsupported =
        [
            "text/plain", "application/xml", "application/graphql", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=latin1", "application/json; charset=utf-16", "application/jsonx", "json", ";;;", "application/",
            "text/json", "application/graphql-response+json", "*/*",
        ];
        for (var i = 0; i < count; i++)
        {
            var contentType = i % 5 == 4 ? RandomWord(1, 10) + "/" + RandomWord(1, 10) : Pick(unsupported);
            yield return Case("content-type", contentType, new HttpBadRequest(HttpMethod.Post, "/graphql", Body("{ __typename }"), contentType, Pick([null, MediaTypes.Json, MediaTypes.GraphQLResponse])), Expectation.Refused(415, null));
        }

        yield return Case("content-type", "no Content-Type", new HttpBadRequest(HttpMethod.Post, "/graphql", Body("{ __typename }"), ContentType: null), Expectation.Refused(415, null));
    }

    private IEnumerable<BadInputCase> WrongAcceptHeaders(int count)
    {
        string[] unparsable = ["unsupported", "((", "application/json;;q", "/", "text/", "a b c", "\"quoted\""];
        string[] unsupported = ["image/png", "application/xml", "text/css;q=0.9", "application/graphql", "text/plain", "application/json;q=0", "application/graphql-response+json;q=0"];
        for (var i = 0; i < count; i++)
        {
            var unknownType = $"{RandomWord(1, 8)}/{RandomWord(1, 8)}";
            var (accept, expected) = (i % 3) switch
            {
                0 => (Pick(unparsable), Expectation.Refused(400, "HC0064")),
                1 => (Pick(unsupported), Expectation.Refused(406, "HC0063")),
                _ => (unknownType + (random.Next(2) == 0 ? $";q=0.{random.Next(1, 9)}" : string.Empty), Expectation.Refused(406, "HC0063")),
            };
            var request = random.Next(4) == 0
                ? HttpBadRequest.Get("query=%7B__typename%7D", accept)
                : HttpBadRequest.Post(Body("{ __typename }"), accept);
            yield return Case("accept", accept, request, expected);
        }
    }

    private IEnumerable<BadInputCase> MalformedHttp()
    {
        var body = Body("{ __typename }");
        var length = $"Content-Length: {body.Length}";
        IEnumerable<ReadOnlyMemory<byte>> Send(params byte[][] parts) => parts.Select(p => (ReadOnlyMemory<byte>)p);

        (string Name, RawBadRequest Request, Expectation Expected)[] cases =
        [
            ("garbage request line", RawBadRequest.HeadOnly(Encoding.ASCII.GetBytes("GARBAGE\r\n\r\n")), Expectation.Kestrel(400)),
            ("no Host header", new(RawHttpExchange.Head("POST /graphql HTTP/1.1", "Content-Type: application/json", length), () => Send(body)), Expectation.Kestrel(400)),
            ("Content-Length not a number", RawBadRequest.HeadOnly(RawHttpExchange.Head("POST /graphql HTTP/1.1", "Host: x", "Content-Type: application/json", "Content-Length: abc")), Expectation.Kestrel(400)),
            ("two different Content-Lengths", new(RawHttpExchange.Head("POST /graphql HTTP/1.1", "Host: x", "Content-Type: application/json", length, "Content-Length: 3"), () => Send(body)), Expectation.Kestrel(400)),
            ("Content-Length and chunked", new(RawHttpExchange.Head("POST /graphql HTTP/1.1", "Host: x", "Content-Type: application/json", length, "Transfer-Encoding: chunked"), () => Send(Encoding.ASCII.GetBytes("zz\r\n"))), Expectation.Kestrel(400)),
            ("a chunk size that is not hex", new(RawHttpExchange.Head("POST /graphql HTTP/1.1", "Host: x", "Content-Type: application/json", "Transfer-Encoding: chunked"), () => Send(Encoding.ASCII.GetBytes("zz\r\n{}\r\n0\r\n\r\n"))), Expectation.Kestrel(400)),
            ("a body shorter than its Content-Length", new(RawHttpExchange.Head("POST /graphql HTTP/1.1", "Host: x", "Content-Type: application/json", $"Content-Length: {body.Length + 100}"), () => Send(body), CloseSendingSide: true), Expectation.ClientClosed()),
            ("a chunked body cut short", new(RawHttpExchange.Head("POST /graphql HTTP/1.1", "Host: x", "Content-Type: application/json", "Transfer-Encoding: chunked"), () => Send(Encoding.ASCII.GetBytes("100\r\n{\"query\":")), CloseSendingSide: true), Expectation.ClientClosed()),
            ("raw 0xFF in the request target", RawBadRequest.HeadOnly([.. "GET /graphql?query="u8, 0xFF, .. " HTTP/1.1\r\nHost: x\r\n\r\n"u8]), Expectation.Kestrel(400)),
            ("a raw non-ASCII Accept header", RawBadRequest.HeadOnly([.. "GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x\r\nAccept: "u8, 0xC3, 0x28, .. "\r\n\r\n"u8]), Expectation.Kestrel(400)),
            ("a header without a colon", RawBadRequest.HeadOnly(RawHttpExchange.Head("GET /graphql?query=%7B__typename%7D HTTP/1.1", "Host: x", "NoColonHere")), Expectation.Kestrel(400)),
            ("HTTP/9.9", RawBadRequest.HeadOnly(RawHttpExchange.Head("GET /graphql?query=%7B__typename%7D HTTP/9.9", "Host: x")), Expectation.Kestrel(505)),
            ("an unknown method", new(RawHttpExchange.Head("BREW /graphql HTTP/1.1", "Host: x", "Content-Type: application/json", length), () => Send(body)), Expectation.Kestrel(405)),
            ("PUT with a valid body", new(RawHttpExchange.Head("PUT /graphql HTTP/1.1", "Host: x", "Content-Type: application/json", length), () => Send(body)), Expectation.Kestrel(405)),
            ("a 64 kB header name", RawBadRequest.HeadOnly(RawHttpExchange.Head("GET /graphql?query=%7B__typename%7D HTTP/1.1", "Host: x", new string('X', 64 * 1024) + ": 1")), Expectation.Kestrel(431)),
        ];
        return cases.Select(c => Case("malformed-http", c.Name, c.Request, c.Expected));
    }
}
