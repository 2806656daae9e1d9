using System.Text;
using System.Text.Json;

namespace KnowledgeApi.Server.Tests.Resilience;

// Bodies that are not a GraphQL request: broken JSON, JSON of the wrong shape, random bytes, bad UTF-8.
internal sealed partial class BadInputFuzzer
{
    private static readonly byte[] JsonPunctuation = Utf8("{}[]:,\"'\\/ntf0-.e");

    private IEnumerable<BadInputCase> BrokenJson(int count)
    {
        for (var made = 0; made < count;)
        {
            var body = Body(Pick(ValidQueries), random.Next(2) == 0 ? new { n = 3, after = (string?)null } : null);
            var (broken, how) = BreakJson(body);
            if (IsJson(broken))
            {
                continue; // The mutation happened to keep the JSON valid; draw another.
            }

            made++;
            yield return Case("broken-json", how, HttpBadRequest.Post(broken, AcceptFor(LegacyJson())), Expectation.Refused(400, ExpectedCodeForInvalidBody(broken)));
        }
    }

    private (byte[] Body, string How) BreakJson(byte[] body)
    {
        var at = random.Next(body.Length);
        switch (random.Next(6))
        {
            case 0:
                return (body[..at], $"truncated at {at}");
            case 1:
                return ([.. body[..at], Pick(JsonPunctuation), .. body[at..]], $"byte inserted at {at}");
            case 2:
                return ([.. body[..at], .. body[(at + 1)..]], $"byte {at} deleted");
            case 3:
                var copy = (byte[])body.Clone();
                copy[at] = (byte)random.Next(0x20, 0x7F);
                return (copy, $"byte {at} replaced");
            case 4:
                return ([.. body, .. Utf8(Pick(["x", ",", "}", "]", " {}", "\"", "/* c */", "\u0000"]))], "garbage after the object");
            default:
                var text = Encoding.UTF8.GetString(body);
                return (Utf8(random.Next(3) switch
                {
                    0 => text.Replace('"', '\''),
                    1 => text[..^1] + ",}",
                    _ => text.Replace(":", "=", StringComparison.Ordinal),
                }), "JavaScript, not JSON");
        }
    }

    private IEnumerable<BadInputCase> WrongFieldTypes(int count)
    {
        string[] stringMembers = ["query", "operationName", "id"];
        string[] objectMembers = ["variables", "extensions"];
        string[] notStrings = ["1", "-2.5e3", "true", "false", "[]", "[\"{ __typename }\"]", "{}", "{\"query\":\"{ __typename }\"}"];
        string[] notObjects = ["1", "\"{}\"", "\"x\"", "true", "[]", "[{}]", "[1,2]"];
        string[] notRequests = ["[]", "[{\"query\":\"{ __typename }\"}]", "\"{ __typename }\"", "42", "null", "true"];
        string[] noDocument = ["{}", "{\"query\":null}", "{\"variables\":{}}", "{\"operationName\":\"A\"}", "{\"id\":null,\"query\":null}", "{\"extensions\":{\"a\":1}}"];

        for (var i = 0; i < count; i++)
        {
            var legacy = LegacyJson();
            var query = JsonSerializer.Serialize(Pick(ValidQueries));
            (string body, string code) = random.Next(10) switch
            {
                < 4 => (Member(Pick(stringMembers), Pick(notStrings), query), "HC0009"),
                < 7 => (Member(Pick(objectMembers), Pick(notObjects), query), "HC0009"),
                < 9 => (Pick(notRequests), "HC0009"),
                _ => (Pick(noDocument), "HC0013"),
            };
            yield return Case("wrong-field-types", body.Length > 60 ? body[..60] + "…" : body, HttpBadRequest.Post(Utf8(body), AcceptFor(legacy)), Expectation.Refused(400, code));
        }

        string Member(string name, string value, string query) => name == "query"
            ? $"{{\"query\":{value}}}"
            : random.Next(2) == 0 ? $"{{\"query\":{query},\"{name}\":{value}}}" : $"{{\"{name}\":{value},\"query\":{query}}}";
    }

    private IEnumerable<BadInputCase> RandomBytes(int count)
    {
        for (var i = 0; i < count; i++)
        {
            switch (i % 6)
            {
                case < 4:
                    var bytes = RandomBytes(1, 2048);
                    yield return Case("random-bytes", $"{bytes.Length} random bytes as the body", HttpBadRequest.Post(bytes), Expectation.Refused(400, ExpectedCodeForInvalidBody(bytes)));
                    break;
                case 4:
                    // Random characters as the document, inside a valid JSON body.
                    var text = Encoding.Latin1.GetString(RandomBytes(8, 512));
                    var legacy = LegacyJson();
                    yield return Case("random-bytes", $"{text.Length} random characters as the query", HttpBadRequest.Post(Body(text), AcceptFor(legacy)), Expectation.Request("HC0011", legacy));
                    break;
                default:
                    var encoded = string.Concat(RandomBytes(8, 256).Select(b => "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
                    yield return Case("random-bytes", "random bytes as the GET query", HttpBadRequest.Get("query=" + encoded), Expectation.Request("HC0011"));
                    break;
            }
        }
    }

    private IEnumerable<BadInputCase> InvalidUtf8(int count)
    {
        byte[][] invalid = [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFE, 0xFE]];
        for (var i = 0; i < count; i++)
        {
            var bad = Pick(invalid);
            switch (i % 4)
            {
                case 0:
                case 1:
                    // Inside the query string (or a variable's string value): the body is not UTF-8.
                    var body = i % 4 == 0
                        ? Body("{ search(text: \"MARK\") { totalCount } }")
                        : Body("query($t: String!) { search(text: $t) { totalCount } }", new { t = "MARK" });
                    yield return Case("invalid-utf8", $"bytes {Convert.ToHexString(bad)} in a string", HttpBadRequest.Post(Splice(body, bad)), Expectation.Refused(400, "HC0012"));
                    break;
                case 2:
                    // Inside a member name the server does not know: still not UTF-8, still not JSON.
                    var named = Utf8("{\"query\":\"{ __typename }\",\"MARK\":1}");
                    yield return Case("invalid-utf8", $"bytes {Convert.ToHexString(bad)} in a member name", HttpBadRequest.Post(Splice(named, bad)), Expectation.Refused(400, "HC0012"));
                    break;
                default:
                    // Percent-encoded in a GET query: ASP.NET decodes it to U+FFFD, which is no GraphQL token.
                    var encoded = string.Concat(bad.Select(b => "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
                    yield return Case("invalid-utf8", $"%{Convert.ToHexString(bad)} in a GET query", HttpBadRequest.Get("query=%7B" + encoded + "__typename%7D"), Expectation.Request("HC0011"));
                    break;
            }
        }

        static byte[] Splice(byte[] body, byte[] bad)
        {
            var marker = body.AsSpan().IndexOf("MARK"u8);
            return [.. body[..marker], .. bad, .. body[(marker + 4)..]];
        }
    }

    /// <summary>
    /// The code a body that is not a request gets: HC0009 when it is JSON of another shape (a batch
    /// array, a string...), HC0012 when it is not JSON at all (or nests past the reader's 64 levels).
    /// </summary>
    private static string ExpectedCodeForInvalidBody(byte[] body) => IsJson(body) ? "HC0009" : "HC0012";

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
