using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Ingestion.Writing.Errors;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Tests.Writing;

public sealed class MergeEntitiesTests
{
    // Two spellings the extractor takes for two people, one of them also starting where the other does.
    private static readonly GazetteerTestExtractor Extractor = new(
        [
            new ExtractedEntity("trump", EntityKind.Person, "Donald Trump", [], "President of the United States", null, false),
            new ExtractedEntity("djt", EntityKind.Person, "Donald J. Trump", ["Big Don"], null, null, true),
            new ExtractedEntity("donald", EntityKind.Person, "Donald", [], null, null, false),
            new ExtractedEntity("wapo", EntityKind.Organization, "The Washington Post", [], null, "newspaper", false),
            new ExtractedEntity("mexico", EntityKind.Place, "Mexico", [], null, "country", false),
        ],
        [new ExtractedLink("djt", "wapo", "sued"), new ExtractedLink("trump", "wapo", "sued"), new ExtractedLink("djt", "trump", "same as")]);

    private const string Text = """
        # Donald J. Trump and The Washington Post

        Donald J. Trump spoke in Mexico. “The press is unfair to me,” he said to The Washington Post.

        Donald Trump repeated it. “Big Don never loses a lawsuit,” said Big Don.
        """;

    /// <summary>Every row that points at an entity points at one that exists.</summary>
    public static long DanglingReferences(TemporaryDatabase database) => (long)database.Scalar("""
        SELECT (SELECT COUNT(*) FROM "Mentions" WHERE "EntityId" NOT IN (SELECT "Id" FROM "Entities"))
             + (SELECT COUNT(*) FROM "Quotations" WHERE "SpeakerId" IS NOT NULL AND "SpeakerId" NOT IN (SELECT "Id" FROM "Entities"))
             + (SELECT COUNT(*) FROM "EntityLinks" WHERE "FromId" NOT IN (SELECT "Id" FROM "Entities") OR "ToId" NOT IN (SELECT "Id" FROM "Entities"))
             + (SELECT COUNT(*) FROM "EntityKeys" WHERE "EntityId" NOT IN (SELECT "Id" FROM "Entities"))
             + (SELECT COUNT(*) FROM "ArticleAuthors" WHERE "PersonId" NOT IN (SELECT "Id" FROM "Entities"))
             + (SELECT COUNT(*) FROM "Articles" WHERE "PublisherId" IS NOT NULL AND "PublisherId" NOT IN (SELECT "Id" FROM "Entities"))
        """)!;

    private static async Task<(TemporaryDatabase Database, int Trump, int Djt, int Donald)> SeededAsync()
    {
        var database = await TemporaryDatabase.CreateMigratedAsync();
        await WriterFixture.Writer(database, Extractor).IngestArticleAsync(Text, "djt.md");
        await using var context = database.CreateContext();
        var ids = await context.People.ToDictionaryAsync(p => p.Name, p => p.Id);
        return (database, ids["Donald Trump"], ids["Donald J. Trump"], ids["Donald"]);
    }

    [Fact]
    public async Task Merging_moves_mentions_quotations_links_and_keys_and_deletes_the_duplicate()
    {
        var (database, trump, djt, _) = await SeededAsync();
        using var _ = database;
        await using var before = database.CreateContext();
        var mentions = await before.Mentions.CountAsync(m => m.EntityId == trump || m.EntityId == djt);
        var djtQuotations = await before.Quotations.CountAsync(q => q.SpeakerId == djt);
        var trumpQuotations = await before.Quotations.CountAsync(q => q.SpeakerId == trump);
        Assert.True(djtQuotations > 0);

        var merged = await WriterFixture.Writer(database, Extractor).MergeEntitiesAsync(trump, djt);

        Assert.Equal("Donald Trump", merged.Name);
        Assert.Contains("Donald J. Trump", merged.Aliases);
        Assert.Contains("Big Don", merged.Aliases);
        Assert.True(merged.Confirmed);
        Assert.Equal("President of the United States", merged.Description);
        await using var after = database.CreateContext();
        Assert.False(await after.Entities.AnyAsync(e => e.Id == djt));
        Assert.Equal(mentions, await after.Mentions.CountAsync(m => m.EntityId == trump));
        Assert.Equal(djtQuotations + trumpQuotations, await after.Quotations.CountAsync(q => q.SpeakerId == trump && q.SpeakerName == "Donald Trump"));
        Assert.Equal(["big don", "donald j trump", "donald trump"], (await after.EntityKeys.Where(k => k.EntityId == trump).Select(k => k.Value).ToListAsync()).Order(StringComparer.Ordinal));

        // The two "sued" links became one; the link between the two entities would point at itself and went.
        Assert.Equal(1, await after.EntityLinks.CountAsync(l => l.FromId == trump && l.Relation == "sued"));
        Assert.False(await after.EntityLinks.AnyAsync(l => l.FromId == l.ToId));
        Assert.Equal(0L, DanglingReferences(database));
        Assert.Equal("ok", database.Scalar("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Mentions_of_both_at_one_position_are_counted_once()
    {
        var (database, trump, _, donald) = await SeededAsync();
        using var _ = database;
        await using var before = database.CreateContext();
        var both = await before.Mentions.CountAsync(m => m.EntityId == trump || m.EntityId == donald);
        var shared = await before.Mentions.CountAsync(m => m.EntityId == donald
            && before.Mentions.Any(o => o.EntityId == trump && o.ArticleId == m.ArticleId && o.ParagraphIndex == m.ParagraphIndex && o.StartOffset == m.StartOffset));
        Assert.True(shared > 0);

        await WriterFixture.Writer(database, Extractor).MergeEntitiesAsync(trump, donald);

        await using var after = database.CreateContext();
        Assert.Equal(both - shared, await after.Mentions.CountAsync(m => m.EntityId == trump));
        Assert.Equal(0L, DanglingReferences(database));
    }

    [Fact]
    public async Task An_entity_cannot_be_merged_with_itself()
    {
        var (database, trump, _, _) = await SeededAsync();
        using var _ = database;

        await Assert.ThrowsAsync<CannotMergeEntityWithItselfException>(() => WriterFixture.Writer(database).MergeEntitiesAsync(trump, trump));
    }

    [Fact]
    public async Task Entities_of_different_types_are_not_merged_and_nothing_changes()
    {
        var (database, trump, _, _) = await SeededAsync();
        using var _ = database;
        await using var context = database.CreateContext();
        var mexico = await context.Places.Where(p => p.Name == "Mexico").Select(p => p.Id).SingleAsync();
        var before = DatabaseChecksum.Of(database.ConnectionString);

        var error = await Assert.ThrowsAsync<EntityTypesDifferException>(() => WriterFixture.Writer(database).MergeEntitiesAsync(trump, mexico));

        Assert.Contains("Place", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Hash, DatabaseChecksum.Of(database.ConnectionString).Hash);
    }

    [Fact]
    public async Task Merging_with_an_unknown_duplicate_is_entity_not_found_and_nothing_changes()
    {
        var (database, trump, _, _) = await SeededAsync();
        using var _ = database;
        var before = DatabaseChecksum.Of(database.ConnectionString);

        await Assert.ThrowsAsync<EntityNotFoundException>(() => WriterFixture.Writer(database).MergeEntitiesAsync(trump, 9999));

        Assert.Equal(before.Hash, DatabaseChecksum.Of(database.ConnectionString).Hash);
    }
}
