using System.Globalization;
using System.Text;

namespace KnowledgeApi.Server.Tests.Resilience;

// Requests built to exhaust the server: oversize bodies, deep nesting, alias and fragment bombs, huge numbers.
internal sealed partial class BadInputFuzzer
{
    /// <summary>The server's default body limit (GraphQLServerOptions.DefaultMaxRequestBodySize, HC's 20 000 kB).</summary>
    private const int BodyLimit = 20 * 1000 * 1024;

    internal const string OversizeCategory = "oversize-body";

    private const int Deep = 100_000;

    /// <summary>One shared filler for every oversize body, so the suite allocates it once.</summary>
    private static readonly Lazy<byte[]> Filler = new(() => Enumerable.Repeat((byte)' ', BodyLimit + (5 * 1024 * 1024)).ToArray());

    private IEnumerable<BadInputCase> OversizeBodies()
    {
        var tooLarge = Expectation.Refused(413, "HC0010");
        foreach (var size in new[] { BodyLimit + 1, BodyLimit + random.Next(1, 5_000_000) })
        {
            yield return Case(OversizeCategory, $"Content-Length {size}", HttpBadRequest.Post(Filler.Value[..size]), tooLarge);
            yield return Case(OversizeCategory, $"chunked, {size} bytes", new HttpBadRequest(HttpMethod.Post, "/graphql", Filler.Value.AsMemory(0, size), Chunked: true), tooLarge);
        }

        // A length announced but never sent: refused from the header alone (also past Kestrel's own limit).
        foreach (var length in new[] { "30000001", "999999999999", "9223372036854775807" })
        {
            yield return Case(OversizeCategory, $"Content-Length {length}, no body", RawBadRequest.HeadOnly(RawHttpExchange.Head(
                "POST /graphql HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json", $"Content-Length: {length}")), tooLarge);
        }

        // Chunked by hand, 64 kB chunks, past the limit.
        yield return Case(OversizeCategory, "raw chunked past the limit", new RawBadRequest(
            RawHttpExchange.Head("POST /graphql HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json", "Transfer-Encoding: chunked"),
            () => Chunks(Filler.Value.AsMemory(0, BodyLimit + 70_000), 64 * 1024)), tooLarge);

        // Exactly at the limit is still a request: a small query padded with whitespace.
        var query = Body("{ __typename }");
        var atLimit = new byte[BodyLimit];
        query.CopyTo(atLimit, 0);
        atLimit.AsSpan(query.Length).Fill((byte)' ');
        yield return Case(OversizeCategory, "exactly the limit, padded", HttpBadRequest.Post(atLimit), Expectation.Data());

        // Past Kestrel's own limits for the request line and the headers.
        yield return Case(OversizeCategory, "a 100 kB GET query", HttpBadRequest.Get("query=" + new string('a', 100_000)), Expectation.Kestrel(414));
        yield return Case(OversizeCategory, "a 64 kB Accept header", HttpBadRequest.Post(query, "application/json," + new string('a', 64 * 1024)), Expectation.Kestrel(431));
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Chunks(ReadOnlyMemory<byte> data, int size)
    {
        for (var at = 0; at < data.Length; at += size)
        {
            var chunk = data.Slice(at, Math.Min(size, data.Length - at));
            yield return Encoding.ASCII.GetBytes(chunk.Length.ToString("X", CultureInfo.InvariantCulture) + "\r\n");
            yield return chunk;
            yield return "\r\n"u8.ToArray();
        }

        yield return "0\r\n\r\n"u8.ToArray();
    }

    private IEnumerable<BadInputCase> DeepNesting(int count)
    {
        for (var i = 0; i < count; i++)
        {
            // The first round uses the full 100,000 levels; later rounds draw depths past the limits (64).
            var depth = i < 8 ? Deep : random.Next(65, Deep);
            var legacy = LegacyJson();
            yield return (i % 8) switch
            {
                0 => Case("deep-nesting", $"{depth} '{{' in the query", HttpBadRequest.Post(Body(new string('{', depth)), AcceptFor(legacy)), Expectation.Request("HC0011", legacy)),
                1 => Case("deep-nesting", $"{depth} balanced selections", HttpBadRequest.Post(Body(Repeat("{ a ", depth) + "{ b }" + Repeat(" }", depth)), AcceptFor(legacy)), Expectation.Request("HC0011", legacy)),
                2 => Case("deep-nesting", $"{depth} '[' in an argument", HttpBadRequest.Post(Body("{ articles(first: " + new string('[', depth) + ") { totalCount } }"), AcceptFor(legacy)), Expectation.Request("HC0011", legacy)),
                3 => Case("deep-nesting", $"{depth} input objects in an argument", HttpBadRequest.Post(Body("{ people(where: " + Repeat("{ and: ", depth) + ") { totalCount } }"), AcceptFor(legacy)), Expectation.Request("HC0011", legacy)),
                4 => Case("deep-nesting", $"{depth} '[' in variables", HttpBadRequest.Post(Utf8("{\"query\":\"query($v: String) { __typename }\",\"variables\":{\"v\":" + new string('[', depth) + new string(']', depth) + "}}")), Expectation.Refused(400, "HC0012")),
                5 => Case("deep-nesting", $"{depth} '{{' in variables", HttpBadRequest.Post(Utf8("{\"query\":\"query($v: String) { __typename }\",\"variables\":" + Repeat("{\"v\":", depth) + "1" + new string('}', depth) + "}")), Expectation.Refused(400, "HC0012")),
                6 => Case("deep-nesting", $"{depth} '[' in an unknown member", HttpBadRequest.Post(Utf8("{\"query\":\"{ __typename }\",\"x\":" + new string('[', depth) + "}")), Expectation.Refused(400, "HC0012")),
                _ => Case("deep-nesting", $"{depth} '[' as the body", HttpBadRequest.Post(Utf8(new string('[', depth) + new string(']', depth))), Expectation.Refused(400, "HC0012")),
            };
        }

        // Over GET, as deep as a URL allows.
        yield return Case("deep-nesting", "2,000 '{' in a GET query", HttpBadRequest.Get("query=" + Repeat("%7B", 2000)), Expectation.Request("HC0011"));
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private IEnumerable<BadInputCase> AliasBombs()
    {
        const int aliases = 10_000;
        string Aliased(string field) => "{ " + string.Concat(Enumerable.Range(0, aliases).Select(i => $"a{i}: {field} ")) + "}";

        // Cheap fields: the answer is simply large.
        yield return Case("alias-bomb", "10,000 aliases of __typename", HttpBadRequest.Post(Body(Aliased("__typename"))), Expectation.Data());

        // 10,000 list fields: past the parser's token limit (100,000) when each alias selects enough.
        yield return Case("alias-bomb", "10,000 aliased searches", HttpBadRequest.Post(Body(Aliased("search(text: \"Trump\") { totalCount }"))), Expectation.Request("HC0011"));
        yield return Case("alias-bomb", "10,000 aliased article pages", HttpBadRequest.Post(Body(Aliased("articles(first: 50) { nodes { title } }"))), Expectation.Request("HC0011"));

        // The same alias 10,000 times merges into one field.
        yield return Case("alias-bomb", "one alias 10,000 times", HttpBadRequest.Post(Body("{ " + Repeat("a: articles { totalCount } ", aliases) + "}")), Expectation.Data());
    }

    private IEnumerable<BadInputCase> FragmentBombs()
    {
        // Each fragment spreads the previous one twice: 2^n spreads if expanded naively.
        foreach (var levels in new[] { 20, 40, 64 })
        {
            var fragments = string.Concat(Enumerable.Range(1, levels).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "));
            yield return Case("fragment-bomb", $"2^{levels} spreads", HttpBadRequest.Post(Body("{ ...F" + levels + " } fragment F0 on Query { articles(first: 1) { totalCount } } " + fragments)), Expectation.Data());
        }

        // Fragments that select aliased fields at every level, so merging must compare many pairs.
        var wide = string.Concat(Enumerable.Range(1, 30).Select(i => $"fragment W{i} on Query {{ ...W{i - 1} ...W{i - 1} w{i}: articles(first: 1) {{ totalCount }} }} "));
        yield return Case("fragment-bomb", "30 levels that each add a field", HttpBadRequest.Post(Body("{ ...W30 } fragment W0 on Query { __typename } " + wide)), Expectation.Data());

        // Cycles: direct, through another fragment, and through 1,000.
        yield return Case("fragment-bomb", "a fragment spreading itself", HttpBadRequest.Post(Body("{ ...A } fragment A on Query { ...A }")), Expectation.Request(Expectation.Validation));
        yield return Case("fragment-bomb", "a two-fragment cycle", HttpBadRequest.Post(Body("{ ...A } fragment A on Query { ...B __typename } fragment B on Query { ...A }")), Expectation.Request(Expectation.Validation));
        var ring = string.Concat(Enumerable.Range(0, 1000).Select(i => $"fragment C{i} on Query {{ ...C{(i + 1) % 1000} }} "));
        yield return Case("fragment-bomb", "a cycle through 1,000 fragments", HttpBadRequest.Post(Body("{ ...C0 } " + ring)), Expectation.Request(Expectation.Validation));

        // Spreads of fragments that do not exist, and 10,000 spreads of one fragment.
        yield return Case("fragment-bomb", "an unknown fragment", HttpBadRequest.Post(Body("{ ...Missing }")), Expectation.Request(Expectation.Validation));
        yield return Case("fragment-bomb", "10,000 spreads of one fragment", HttpBadRequest.Post(Body("{ " + Repeat("...A ", 10_000) + "} fragment A on Query { __typename }")), Expectation.Data());
    }

    private IEnumerable<BadInputCase> HugeNumbers(int count)
    {
        string[] literals = ["2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999999", "1e400", "1e99999", "-1e308", "0.5", "1" + new string('0', 5000)];
        string[] variableValues = ["2147483648", "1e308", "12345678901234567890", "-99999999999999999999", "0.5", "1.0e10"];
        string[] tooLargeForJson = ["1e400", "-1e400", "1" + new string('0', 400)];
        for (var i = 0; i < count; i++)
        {
            var legacy = LegacyJson();
            yield return (i % 4) switch
            {
                // In the document: not an Int, a validation error.
                0 or 1 => Literal(Pick(literals), legacy),

                // In a variable: the variable's value is invalid, a request error.
                2 => Case("huge-numbers", "variable n", HttpBadRequest.Post(Utf8($"{{\"query\":\"query($n: Int) {{ articles(first: $n) {{ totalCount }} }}\",\"variables\":{{\"n\":{Pick(variableValues)}}}}}"), AcceptFor(legacy)), Expectation.Request(null, legacy)),

                // Beyond what a double holds: the body cannot be read.
                _ => Case("huge-numbers", "a number past double", HttpBadRequest.Post(Utf8($"{{\"query\":\"query($n: Float) {{ __typename }}\",\"variables\":{{\"n\":{Pick(tooLargeForJson)}}}}}"), AcceptFor(legacy)), Expectation.Refused(400, "HC0009")),
            };
        }

        BadInputCase Literal(string literal, bool legacy) => Case(
            "huge-numbers", "literal first: " + literal[..Math.Min(literal.Length, 12)], HttpBadRequest.Post(Body($"{{ articles(first: {literal}) {{ totalCount }} }}"), AcceptFor(legacy)), Expectation.Request(Expectation.Validation, legacy));

        // A valid Int that is far past the page size: executed, the field fails with HC0051.
        yield return Case("huge-numbers", "first: 2147483647", HttpBadRequest.Post(Body("{ articles(first: 2147483647) { totalCount } }")), Expectation.FieldError("HC0051"));
    }
}
