namespace KnowledgeApi.Server.Tests.Resilience;

// Requests the server's guards refuse: unknown persisted documents, mutations without a valid API
// key, operations past the execution depth limit, node batches past their size limit.
internal sealed partial class BadInputFuzzer
{
    private IEnumerable<BadInputCase> GuardedRequests(int count)
    {
        string[] mutations =
        [
            "mutation { deleteArticle(input: { id: \"QXJ0aWNsZTox\" }) { article { title } } }",
            "mutation { addAlias(input: { entityId: \"UGVyc29uOjE=\", alias: \"guessed\" }) { __typename } }",
            "mutation { confirmEntity(input: { id: \"UGVyc29uOjE=\" }) { __typename } }",
        ];
        for (var i = 0; i < count; i++)
        {
            var legacy = LegacyJson();
            switch (i % 4)
            {
                case 0:
                    var id = Convert.ToHexString(RandomBytes(16, 17)).ToLowerInvariant();
                    yield return Case("guards", $"persisted document {id}", HttpBadRequest.Post(Utf8($"{{\"id\":\"{id}\"}}"), AcceptFor(legacy)), Expectation.Request("HC0020", legacy));
                    break;
                case 1:
                    // No key, a key nobody issued, or a header of another scheme: the field is refused
                    // before its resolver runs (the suite's row counts prove nothing was written).
                    var authorization = Pick<string?>([null, "Bearer " + RandomWord(8, 40, "abcdef0123456789"), "Basic " + RandomWord(4, 20), "Bearer", string.Empty]);
                    var mutation = Pick(mutations);
                    yield return Case("guards", $"{mutation[..30]}… with {authorization ?? "no key"}", new HttpBadRequest(HttpMethod.Post, "/graphql", Body(mutation), Accept: AcceptFor(legacy), Authorization: authorization), Expectation.FieldError("AUTH_NOT_AUTHENTICATED"));
                    break;
                case 2:
                    // Deeper than the server's execution depth (15), within the parser's nesting limit (64).
                    var pairs = random.Next(8, 29);
                    var chain = "{ articles { nodes { " + Repeat("authors { nodes { articlesWritten { nodes { ", pairs / 2) + "title" + Repeat(" } } } }", pairs / 2) + " } } }";
                    yield return Case("guards", $"execution depth {2 + (pairs / 2 * 4)}", HttpBadRequest.Post(Body(chain), AcceptFor(legacy)), Expectation.Request(null, legacy));
                    break;
                default:
                    var ids = string.Join(", ", Enumerable.Repeat("\"QXJ0aWNsZTox\"", random.Next(11, 60)));
                    yield return Case("guards", "nodes past the batch size", HttpBadRequest.Post(Body($"{{ nodes(ids: [{ids}]) {{ id }} }}"), AcceptFor(legacy)), Expectation.FieldError("HC0076"));
                    break;
            }
        }
    }
}
