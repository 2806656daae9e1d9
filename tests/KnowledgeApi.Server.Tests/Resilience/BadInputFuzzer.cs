using System.Text;
using System.Text.Json;

namespace KnowledgeApi.Server.Tests.Resilience;

/// <summary>
/// Generates the bad-input suite: from a fixed seed, mutations of valid knowledge queries and
/// request bodies, grouped in named categories, each case with the answer it must get. The same
/// seed always gives the same cases, so a failure replays exactly.
/// </summary>
internal sealed partial class BadInputFuzzer(int seed)
{
    /// <summary>Valid operations over the seeded knowledge base that the mutations start from.</summary>
    internal static readonly string[] ValidQueries =
    [
        "{ articles(first: 3) { nodes { id title slug } pageInfo { endCursor hasNextPage } } }",
        "{ people(first: 5, where: { name: { contains: \"Trump\" } }, order: [{ name: ASC }]) { totalCount nodes { name } } }",
        "{ search(text: \"Trump\", first: 5) { totalCount nodes { __typename } } }",
        "{ quotations(first: 5, where: { speakerName: { eq: \"Donald Trump\" } }) { nodes { text speaker { name } article { title } } } }",
        "query Page($n: Int, $after: String) { articles(first: $n, after: $after) { edges { cursor node { title publishedOn } } } }",
        "query One($id: ID!) { article(id: $id) { title authors { nodes { name } } } }",
        "query Named { organizations(first: 2) { nodes { name } } } query Other { events(first: 2) { nodes { name } } }",
        "fragment P on Person { name description } { people(first: 2) { nodes { ...P } } }",
    ];

    private readonly Random random = new(seed);

    /// <summary>Every case of every category, in a fixed order.</summary>
    public IReadOnlyList<BadInputCase> Generate() =>
    [
        .. BrokenJson(120),
        .. WrongFieldTypes(90),
        .. RandomBytes(120),
        .. InvalidUtf8(60),
        .. OversizeBodies(),
        .. DeepNesting(40),
        .. AliasBombs(),
        .. FragmentBombs(),
        .. HugeNumbers(60),
        .. InvalidVariables(100),
        .. UnknownOperations(50),
        .. InvalidIdsAndCursors(90),
        .. MutationsOverGet(20),
        .. WrongContentTypes(50),
        .. WrongAcceptHeaders(60),
        .. MalformedHttp(),
        .. MutatedQueries(150),
    ];

    /// <summary>A request body as a client would send it.</summary>
    internal static byte[] Body(string? query, object? variables = null, string? operationName = null) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["query"] = query,
            ["operationName"] = operationName,
            ["variables"] = variables,
        });

    /// <summary>A body written by hand, for values a serializer would never produce.</summary>
    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Half the GraphQL requests accept the legacy application/json, where request errors are 200.</summary>
    private bool LegacyJson() => random.Next(2) == 0;

    private static string? AcceptFor(bool legacyJson) => legacyJson ? MediaTypes.Json : MediaTypes.GraphQLResponse;

    private byte[] RandomBytes(int min, int max)
    {
        var bytes = new byte[random.Next(min, max)];
        random.NextBytes(bytes);
        return bytes;
    }

    private string RandomWord(int min, int max, string alphabet = "abcdefghijklmnopqrstuvwxyz")
    {
        var chars = new char[random.Next(min, max)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    private static BadInputCase Case(string category, string name, BadRequest request, Expectation expected) => new(category, name, request, expected);
}
