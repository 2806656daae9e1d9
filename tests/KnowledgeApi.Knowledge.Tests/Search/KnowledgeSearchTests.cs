using System.Data.Common;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Knowledge.Search;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeApi.Knowledge.Tests.Search;

public sealed class KnowledgeSearchTests : IAsyncLifetime
{
    private readonly CommandLog commands = new();
    private TemporaryDatabase database = null!;
    private Ids ids = null!;

    public async Task InitializeAsync()
    {
        database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        var amlo = new Person { Name = "Andrés Manuel López Obrador", Aliases = ["AMLO", "López Obrador"] };
        var post = new Organization { Name = "The Washington Post", Aliases = ["Washington Post"] };
        var coup = new Event { Name = "January 6 coup attempt", Aliases = ["Capitol coup"] };
        var mexico = new Place { Name = "Mexico City" };
        var focused = Article("Obrador and the border", "Mexico", "López Obrador spoke. Obrador repeated it. Obrador insisted.");
        var passing = Article(
            "A long report on trade",
            "Trade between the two countries grew again this year, economists said.",
            string.Join(' ', Enumerable.Repeat("Tariffs, quotas and shipping costs were discussed at length by the delegations.", 20)),
            "Near the end, Obrador was mentioned once.");
        focused.Quotations.Add(new Quotation { Text = "We will not intervene", Speaker = amlo, ParagraphIndex = 0, StartOffset = 0, Length = 21 });
        context.AddRange(amlo, post, coup, mexico, focused, passing);
        await context.SaveChangesAsync();
        ids = new Ids(amlo.Id, post.Id, coup.Id, focused.Id, passing.Id, focused.Quotations.Single().Id);
    }

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Search_asks_the_full_text_index_with_MATCH_and_bm25()
    {
        await using var context = Context();

        await new KnowledgeSearch(context).SearchAsync("Obrador", limit: 10);

        var sql = Assert.Single(commands.Texts);
        Assert.Contains("\"SearchIndex\" MATCH @query", sql, StringComparison.Ordinal);
        Assert.Contains("bm25(\"SearchIndex\"", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY \"Rank\", \"Key\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hits_come_in_bm25_order_the_name_and_the_focused_article_before_a_passing_mention()
    {
        await using var context = Context();

        var hits = await new KnowledgeSearch(context).SearchAsync("Obrador", limit: 10);

        Assert.Equal(
            [(SearchHitKind.Person, ids.Amlo), (SearchHitKind.Article, ids.Focused), (SearchHitKind.Article, ids.Passing)],
            hits.Select(h => (h.Kind, h.Id)));
        Assert.Equal(hits.Select(h => h.Rank).Order(), hits.Select(h => h.Rank));
        Assert.True(hits[0].Rank < hits[^1].Rank);
    }

    [Theory]
    [InlineData("Lopez Obrador")]
    [InlineData("lopez obrador")]
    [InlineData("LÓPEZ OBRADOR")]
    [InlineData("andres manuel")]
    [InlineData("amlo")]
    public async Task Accents_and_case_do_not_matter(string text)
    {
        await using var context = Context();

        var hits = await new KnowledgeSearch(context).SearchAsync(text, limit: 10);

        Assert.Equal((SearchHitKind.Person, ids.Amlo), (hits[0].Kind, hits[0].Id));
    }

    [Fact]
    public async Task Quotations_organizations_and_events_are_found_but_places_are_not()
    {
        await using var context = Context();
        var search = new KnowledgeSearch(context);

        Assert.Equal((SearchHitKind.Quotation, ids.Quotation), Single(await search.SearchAsync("intervene", 10)));
        Assert.Equal((SearchHitKind.Organization, ids.Post), Single(await search.SearchAsync("washington post", 10)));
        Assert.Equal((SearchHitKind.Event, ids.Coup), Single(await search.SearchAsync("capitol", 10)));
        Assert.Empty(await search.SearchAsync("City", 10));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("Obrador\"")]
    [InlineData("NEAR(Obrador")]
    [InlineData("Obrador AND")]
    [InlineData("* ^ -")]
    [InlineData("Title:Obrador")]
    [InlineData("'); DROP TABLE Articles; --")]
    public async Task Whatever_the_user_types_is_no_FTS_syntax_error(string text)
    {
        await using var context = Context();
        var search = new KnowledgeSearch(context);

        var hits = await search.SearchAsync(text, 10);
        var count = await search.CountAsync(text);

        Assert.Equal(hits.Count, count);
        Assert.Equal(2L, database.Scalar("SELECT count(*) FROM Articles"));
    }

    [Fact]
    public async Task Pages_by_offset_and_by_keyset_cover_every_hit_once_in_order()
    {
        await using var context = Context();
        var search = new KnowledgeSearch(context);
        var all = await search.SearchAsync("Obrador OR trade", 100);
        Assert.Empty(all); // "OR" is a word here, not an operator: no item has all three words

        all = await search.SearchAsync("Obrador", 100);
        var byOffset = new List<SearchHit>();
        for (var offset = 0; offset < all.Count; offset += 2)
        {
            byOffset.AddRange(await search.SearchAsync("Obrador", 2, offset));
        }

        var byKeyset = new List<SearchHit>(await search.SearchAsync("Obrador", 2));
        for (var page = byKeyset.ToList(); page.Count > 0; byKeyset.AddRange(page))
        {
            page = [.. await search.SearchAfterAsync("Obrador", byKeyset[^1], 2)];
        }

        Assert.Equal(3, await search.CountAsync("Obrador"));
        Assert.Equal(all, byOffset);
        Assert.Equal(all, byKeyset);
    }

    [Fact]
    public async Task Text_without_words_finds_nothing_without_asking_the_database()
    {
        await using var context = Context();
        var search = new KnowledgeSearch(context);

        Assert.Empty(await search.SearchAsync("  \"* ", 10));
        Assert.Equal(0, await search.CountAsync(""));
        Assert.Empty(commands.Texts);
    }

    [Fact]
    public async Task The_index_follows_renames_new_aliases_edits_and_deletes()
    {
        await using (var context = database.CreateContext())
        {
            var post = await context.Organizations.SingleAsync(o => o.Id == ids.Post);
            post.Name = "WaPo Media";
            post.Aliases = [.. post.Aliases, "Bezos paper"];
            var focused = await context.Articles.SingleAsync(a => a.Id == ids.Focused);
            focused.Body = ["Rewritten without the name."];
            await context.SaveChangesAsync();
            await context.Quotations.Where(q => q.Id == ids.Quotation).ExecuteDeleteAsync();
            await context.Entities.Where(e => e.Id == ids.Coup).ExecuteDeleteAsync();
        }

        await using var reader = Context();
        var search = new KnowledgeSearch(reader);
        Assert.Empty(await search.SearchAsync("The Washington", 10));
        Assert.Equal((SearchHitKind.Organization, ids.Post), Single(await search.SearchAsync("wapo", 10)));
        Assert.Equal((SearchHitKind.Organization, ids.Post), Single(await search.SearchAsync("bezos", 10)));
        Assert.Equal((SearchHitKind.Article, ids.Focused), Single(await search.SearchAsync("rewritten", 10)));
        Assert.DoesNotContain((SearchHitKind.Article, ids.Focused), (await search.SearchAsync("insisted", 10)).Select(h => (h.Kind, h.Id)));
        Assert.Empty(await search.SearchAsync("intervene", 10));
        Assert.Empty(await search.SearchAsync("capitol", 10));
    }

    [Fact]
    public async Task Deleting_an_article_removes_it_and_its_quotations_from_the_index()
    {
        await using (var context = database.CreateContext())
        {
            await context.Articles.Where(a => a.Id == ids.Focused).ExecuteDeleteAsync();
        }

        await using var reader = Context();
        var search = new KnowledgeSearch(reader);
        Assert.Empty(await search.SearchAsync("intervene", 10));
        Assert.Equal(
            [(SearchHitKind.Person, ids.Amlo), (SearchHitKind.Article, ids.Passing)],
            (await search.SearchAsync("Obrador", 10)).Select(h => (h.Kind, h.Id)));
    }

    private static (SearchHitKind, int) Single(IReadOnlyList<SearchHit> hits)
    {
        var hit = Assert.Single(hits);
        return (hit.Kind, hit.Id);
    }

    private static Article Article(string title, params string[] body) =>
        new() { Title = title, Slug = title.ToLowerInvariant().Replace(' ', '-'), SourceName = title + ".txt", ContentHash = new string('0', 64), Body = [.. body] };

    private KnowledgeDbContext Context() => new(database.Options(o => o.AddInterceptors(commands)));

    private sealed record Ids(int Amlo, int Post, int Coup, int Focused, int Passing, int Quotation);

    /// <summary>Records the SQL of every query sent, so a test can see how it asked.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.StartsWith("PRAGMA", StringComparison.Ordinal))
            {
                Texts.Add(command.CommandText);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
