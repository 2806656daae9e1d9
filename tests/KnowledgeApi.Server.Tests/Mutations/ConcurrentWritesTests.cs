using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using KnowledgeApi.Server.Tests.Hosting;
using Xunit.Abstractions;

namespace KnowledgeApi.Server.Tests.Mutations;

/// <summary>
/// Eight writers (posting articles, some the same one at once; adding aliases; creating and
/// merging people) and thirty-two readers against one server for a few seconds: every write
/// either lands exactly once or fails with a clear busy/timeout error, every read answers, and
/// the database file is sound afterwards.
/// </summary>
public sealed class ConcurrentWritesTests(WritableServer server, ITestOutputHelper output) : IClassFixture<WritableServer>
{
    private static readonly TimeSpan RunFor = TimeSpan.FromSeconds(4);

    // The only errors a write may meet under load: the writer's busy error, or the request timeout.
    private static readonly HashSet<string> ClearErrors = ["KnowledgeBaseBusyError", "HC0045"];

    private const string IngestMutation = """
        mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id authors { nodes { id } } } errors { __typename ... on Error { message } } } }
        """;

    private const string AliasMutation = """
        mutation($input: AddAliasInput!) { addAlias(input: $input) { entity { id } errors { __typename ... on Error { message } } } }
        """;

    private const string MergeMutation = """
        mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { entity { id } errors { __typename ... on Error { message } } } }
        """;

    private const string ReadQuery = """
        { articles(first: 5, order: { id: DESC }) { totalCount nodes { title authors { nodes { name } } } } people(first: 5) { nodes { name aliases } } search(text: "Trump") { totalCount } }
        """;

    private static string Letters(int n) => n < 26 ? ((char)('a' + n)).ToString() : Letters((n / 26) - 1) + (char)('a' + (n % 26));

    private static string Article(string title, string author) => $"""
        # {title}

        {author}

        3 April 2024

        {author} reports that Donald Trump spoke again today. “Nothing has changed,” said Donald Trump.
        """;

    [Fact]
    public async Task Eight_writers_and_thirty_two_readers_lose_and_duplicate_nothing_and_only_meet_busy_errors()
    {
        var trump = await server.IdOfAsync("{ people(where: { name: { eq: \"Donald Trump\" } }) { nodes { id } } }");
        var articlesBefore = (long)server.Scalar("SELECT COUNT(*) FROM \"Articles\"")!;
        var duplicateNamesBefore = server.Scalar(DuplicateNamesSql);

        var stored = new ConcurrentDictionary<string, byte>();
        var aliases = new ConcurrentBag<string>();
        var merged = new ConcurrentBag<(string Canonical, string Duplicate, string Name)>();
        var clearErrors = new ConcurrentBag<string>();
        var reads = 0;
        var clock = Stopwatch.StartNew();

        async Task<JsonElement?> WriteAsync(string mutation, string field, object input)
        {
            var answer = await server.ExecuteAsync(mutation, new { input }, WritableServer.WriterKey);
            if (answer.TryGetProperty("errors", out var errors))
            {
                var code = errors[0].GetProperty("extensions").GetProperty("code").GetString()!;
                Assert.True(ClearErrors.Contains(code), "Unexpected error: " + errors);
                clearErrors.Add(code);
                return null;
            }

            var payload = answer.GetProperty("data").GetProperty(field);
            if (payload.GetProperty("errors").ValueKind == JsonValueKind.Array)
            {
                var type = payload.GetProperty("errors")[0].GetProperty("__typename").GetString()!;
                Assert.True(ClearErrors.Contains(type), "Unexpected typed error: " + payload);
                clearErrors.Add(type);
                return null;
            }

            return payload;
        }

        async Task WriterAsync(int w)
        {
            for (var i = 0; clock.Elapsed < RunFor; i++)
            {
                switch (w % 3)
                {
                    case 0:
                        // Every third post is an article other writers post at the same moment.
                        var source = i % 3 == 0 ? $"shared-{i / 3}.md" : $"writer-{w}-{i}.md";
                        var title = i % 3 == 0 ? $"Shared report {Letters(i / 3)}" : $"Report {Letters(w)} {Letters(i)}";
                        if (await WriteAsync(IngestMutation, "ingestArticle", new { text = Article(title, "Ada Quill"), sourceName = source }) is not null)
                        {
                            stored[source] = 0;
                        }

                        break;
                    case 1:
                        var alias = $"Concurrent alias {Letters(w)}{Letters(i)}";
                        if (await WriteAsync(AliasMutation, "addAlias", new { entityId = trump, alias }) is not null)
                        {
                            aliases.Add(alias);
                        }

                        break;
                    default:
                        // Two spellings of one new author, then the second folded into the first.
                        var surname = $"Marlow{Letters(w)}{Letters(i)}";
                        var first = await WriteAsync(IngestMutation, "ingestArticle", new { text = Article($"Column {surname} one", $"Rena {surname}"), sourceName = $"{surname}-1.md" });
                        var second = await WriteAsync(IngestMutation, "ingestArticle", new { text = Article($"Column {surname} two", $"R. {surname}"), sourceName = $"{surname}-2.md" });
                        if (first is { } a && second is { } b)
                        {
                            stored[$"{surname}-1.md"] = 0;
                            stored[$"{surname}-2.md"] = 0;
                            var canonical = a.GetProperty("article").GetProperty("authors").GetProperty("nodes")[0].GetProperty("id").GetString()!;
                            var duplicate = b.GetProperty("article").GetProperty("authors").GetProperty("nodes")[0].GetProperty("id").GetString()!;
                            if (await WriteAsync(MergeMutation, "mergeEntities", new { canonicalId = canonical, duplicateId = duplicate }) is not null)
                            {
                                merged.Add((canonical, duplicate, $"Rena {surname}"));
                            }
                        }

                        break;
                }
            }
        }

        async Task ReaderAsync()
        {
            while (clock.Elapsed < RunFor)
            {
                var answer = await server.ExecuteAsync(ReadQuery, null, null);
                answer.DataWithoutErrors();
                Interlocked.Increment(ref reads);
            }
        }

        await Task.WhenAll([
            .. Enumerable.Range(0, 8).Select(w => Task.Run(() => WriterAsync(w))),
            .. Enumerable.Range(0, 32).Select(_ => Task.Run(ReaderAsync)),
        ]);

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {stored.Count} articles stored, {aliases.Count} aliases, {merged.Count} merges, {reads} reads, busy/timeout errors: {clearErrors.Count}");

        // Every stored article is there exactly once, and nothing else was added.
        Assert.NotEmpty(stored);
        Assert.NotEmpty(aliases);
        Assert.NotEmpty(merged);
        Assert.True(reads > 32, $"only {reads} reads");
        Assert.Equal(articlesBefore + stored.Count, server.Scalar("SELECT COUNT(*) FROM \"Articles\""));
        foreach (var source in stored.Keys)
        {
            Assert.Equal(1L, server.Scalar($"SELECT COUNT(*) FROM \"Articles\" WHERE \"SourceName\" = '{source}'"));
        }

        // No entity was created twice; every merge left one person and every alias landed.
        Assert.Equal(duplicateNamesBefore, server.Scalar(DuplicateNamesSql));
        Assert.Equal(1L, server.Scalar("SELECT COUNT(*) FROM \"Entities\" WHERE \"Name\" = 'Ada Quill'"));
        foreach (var (_, _, name) in merged)
        {
            Assert.Equal(1L, server.Scalar($"SELECT COUNT(*) FROM \"Entities\" WHERE \"Name\" = '{name}' AND json_array_length(\"Aliases\") >= 1"));
        }

        var trumpAliases = (string)server.Scalar("SELECT \"Aliases\" FROM \"Entities\" WHERE \"Name\" = 'Donald Trump' AND \"Type\" = 'Person'")!;
        Assert.All(aliases, alias => Assert.Contains($"\"{alias}\"", trumpAliases, StringComparison.Ordinal));
        Assert.Equal(0L, server.Scalar(MutationTests.DanglingReferencesSql));
        Assert.Equal("ok", server.Scalar("PRAGMA integrity_check"));
    }

    private const string DuplicateNamesSql = """
        SELECT COUNT(*) FROM (SELECT 1 FROM "Entities" GROUP BY "Type", "Name" HAVING COUNT(*) > 1)
        """;
}
