using System.Text;
using System.Text.Json;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.Server.Tests.Resilience;

// Well-formed requests that GraphQL must refuse: invalid variables, unknown operations, invalid IDs
// and cursors, mutations over GET, and valid queries mutated at random.
internal sealed partial class BadInputFuzzer
{
    private IEnumerable<BadInputCase> InvalidVariables(int count)
    {
        (string Query, string[] BadValues)[] operations =
        [
            ("query($n: Int) { articles(first: $n) { totalCount } }", ["\"x\"", "true", "{}", "[1]", "1.5", "\"1\""]),
            ("query($id: ID!) { article(id: $id) { title } }", ["null", "true", "{}", "[]", "1.5", "[\"QXJ0aWNsZTox\"]"]),
            ("query($t: String!) { search(text: $t) { totalCount } }", ["5", "null", "{}", "[]", "true", "{\"t\":1}"]),
            ("query($w: PersonFilterInput) { people(where: $w) { totalCount } }", ["{\"nope\":1}", "{\"name\":\"x\"}", "{\"name\":{\"eq\":5}}", "{\"and\":5}", "\"x\"", "[1]"]),
            ("query($o: [PersonSortInput!]) { people(order: $o) { totalCount } }", ["[{\"name\":\"UP\"}]", "[null]", "{\"name\":1}", "[{\"nope\":\"ASC\"}]", "\"ASC\""]),
        ];
        string[] invalidDefinitions =
        [
            "query($n: Nope) { __typename }",
            "query($n: Int) { articles(first: $m) { totalCount } }",
            "query($n: Int, $n: Int) { articles(first: $n) { totalCount } }",
            "query($n: ArticlesConnection) { __typename }",
            "query($t: Int) { search(text: $t) { totalCount } }",
        ];

        for (var i = 0; i < count; i++)
        {
            var legacy = LegacyJson();
            if (i % 10 == 9)
            {
                var invalid = Pick(invalidDefinitions);
                yield return Case("invalid-variables", invalid, HttpBadRequest.Post(Body(invalid), AcceptFor(legacy)), Expectation.Request(Expectation.Validation, legacy));
                continue;
            }

            var (query, values) = Pick(operations);
            var name = query[(query.IndexOf('$', StringComparison.Ordinal) + 1)..query.IndexOf(':', StringComparison.Ordinal)];
            var value = Pick(values);
            var body = random.Next(8) == 0 && query.Contains("!)", StringComparison.Ordinal)
                ? Body(query) // A required variable that is not provided at all.
                : Utf8($"{{\"query\":{JsonSerializer.Serialize(query)},\"variables\":{{\"{name}\":{value}}}}}");
            yield return Case("invalid-variables", $"${name} = {value}", HttpBadRequest.Post(body, AcceptFor(legacy)), Expectation.Request(null, legacy));
        }
    }

    private IEnumerable<BadInputCase> UnknownOperations(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var legacy = LegacyJson();
            var name = RandomWord(1, 12);
            yield return (i % 6) switch
            {
                0 => Case("unknown-operation", $"operationName {name}", HttpBadRequest.Post(Body("query Known { __typename }", null, name), AcceptFor(legacy)), Expectation.Request(null, legacy)),
                1 => Case("unknown-operation", "two operations, no name", HttpBadRequest.Post(Body("query A { __typename } query B { __typename }"), AcceptFor(legacy)), Expectation.Request(null, legacy)),
                2 => Case("unknown-operation", "an anonymous operation asked by name", HttpBadRequest.Post(Body("{ __typename }", null, name), AcceptFor(legacy)), Expectation.Request(null, legacy)),
                3 => Case("unknown-operation", "GET with an unknown operationName", HttpBadRequest.Get($"query=query%20A%20%7B__typename%7D&operationName={name}"), Expectation.Request(null)),
                4 => Case("unknown-operation", "only a fragment", HttpBadRequest.Post(Body($"fragment {name} on Query {{ __typename }}"), AcceptFor(legacy)), Expectation.Request(Expectation.Validation, legacy)),
                _ => Case("unknown-operation", "only a type definition", HttpBadRequest.Post(Body($"type {name} {{ a: Int }}"), AcceptFor(legacy)), Expectation.Request(Expectation.Validation, legacy)),
            };
        }

        yield return Case("unknown-operation", "an empty operationName", HttpBadRequest.Post(Body("query A { __typename }", null, string.Empty)), Expectation.Request(null));
    }

    private IEnumerable<BadInputCase> InvalidIdsAndCursors(int count)
    {
        string[] idFields = ["article", "person", "organization", "event"];
        string[] lists = ["articles", "people", "organizations", "events", "quotations"];
        for (var i = 0; i < count; i++)
        {
            var garbage = (i / 6 % 5) switch
            {
                0 => RandomWord(1, 20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=_-"),
                1 => Convert.ToBase64String(RandomBytes(1, 40)),
                2 => Convert.ToBase64String(Encoding.UTF8.GetBytes(Pick(idFields) + ":" + RandomWord(1, 8))),
                3 => Convert.ToBase64String(Encoding.UTF8.GetBytes("[" + RandomWord(1, 6, "0123456789,\"x") + "]")),
                _ => string.Empty,
            };
            var literal = JsonSerializer.Serialize(garbage); // A GraphQL string literal is close enough to JSON's for these characters.
            yield return (i % 6) switch
            {
                0 => Case("invalid-ids-cursors", $"{Pick(idFields)}(id: {literal})", HttpBadRequest.Post(Body($"{{ {Pick(idFields)}(id: {literal}) {{ id }} }}")), Expectation.FieldError(null)),
                1 => Case("invalid-ids-cursors", $"$id = {literal}", HttpBadRequest.Post(Body("query($id: ID!) { article(id: $id) { title } }", new { id = garbage })), Expectation.FieldError(null)),
                // nodes answers null without an error for an ID naming no type it knows, so only "executed" is asserted.
                2 => Case("invalid-ids-cursors", $"nodes(ids: [{literal}])", HttpBadRequest.Post(Body($"{{ nodes(ids: [{literal}]) {{ id }} }}")), Expectation.Executed()),
                3 => Case("invalid-ids-cursors", $"after: {literal}", HttpBadRequest.Post(Body($"{{ {Pick(lists)}(after: {literal}) {{ nodes {{ __typename }} }} }}")), Expectation.FieldError("HC0078")),
                4 => Case("invalid-ids-cursors", $"before: {literal}", HttpBadRequest.Post(Body($"{{ {Pick(lists)}(last: 2, before: {literal}) {{ edges {{ cursor }} }} }}")), Expectation.FieldError("HC0078")),
                _ => Case("invalid-ids-cursors", $"$after = {literal}", HttpBadRequest.Post(Body("query($a: String) { articles(first: 1, after: $a) { nodes { title } } }", new { a = garbage })), Expectation.FieldError("HC0078")),
            };
        }
    }

    private IEnumerable<BadInputCase> MutationsOverGet(int count)
    {
        for (var i = 0; i < count; i++)
        {
            // The knowledge schema has no mutation root yet: a mutation is a validation error (400).
            var field = RandomWord(3, 10);
            var query = Uri.EscapeDataString(i % 2 == 0 ? $"mutation {{ {field} }}" : $"mutation M($x: Int) {{ {field}(x: $x) }}");
            yield return Case("mutation-over-get", $"mutation {{ {field} }}", HttpBadRequest.Get("query=" + query), Expectation.Request(Expectation.Validation));
        }
    }

    private IEnumerable<BadInputCase> MutatedQueries(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var query = Pick(ValidQueries);
            var mutated = MutateText(query, random.Next(1, 4));
            var legacy = LegacyJson();
            var variables = query.Contains("$id", StringComparison.Ordinal) ? new { id = "QXJ0aWNsZTox" } : null;
            var expected = ParsesLocally(mutated) ? Expectation.AnyGraphQLAnswer(legacy) : Expectation.Request("HC0011", legacy);
            yield return Case("mutated-queries", mutated.Length > 70 ? mutated[..70] + "…" : mutated, HttpBadRequest.Post(Body(mutated, variables), AcceptFor(legacy)), expected);
        }
    }

    private string MutateText(string text, int mutations)
    {
        const string Alphabet = "{}()[]:!$@.\"#,=|&abcdefXYZ0123456789 \n\t\\";
        var chars = new StringBuilder(text);
        for (var m = 0; m < mutations && chars.Length > 0; m++)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(4))
            {
                case 0:
                    chars.Remove(at, 1);
                    break;
                case 1:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                default:
                    // Duplicate a slice: repeated fields, arguments, braces.
                    var length = Math.Min(random.Next(1, 20), chars.Length - at);
                    chars.Insert(at, chars.ToString(at, length));
                    break;
            }
        }

        return chars.ToString();
    }

    private static bool ParsesLocally(string document)
    {
        try
        {
            Parser.Parse(document);
            return true;
        }
        catch (GraphQLSyntaxException)
        {
            return false;
        }
    }
}
