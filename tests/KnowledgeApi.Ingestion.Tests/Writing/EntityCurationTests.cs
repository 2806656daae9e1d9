using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Ingestion.Writing.Errors;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Tests.Writing;

public sealed class EntityCurationTests
{
    private static async Task<(TemporaryDatabase Database, int AmloId, int TrumpId)> SeededAsync()
    {
        var database = await TemporaryDatabase.CreateMigratedAsync();
        await WriterFixture.Writer(database).IngestArticleAsync(WriterFixture.Article, "border-talks.md");
        await using var context = database.CreateContext();
        var amlo = await context.People.Where(p => p.Name == "Andrés Manuel López Obrador").Select(p => p.Id).SingleAsync();
        var trump = await context.People.Where(p => p.Name == "Donald Trump").Select(p => p.Id).SingleAsync();
        return (database, amlo, trump);
    }

    [Fact]
    public async Task Renaming_keeps_the_old_name_as_an_alias_claims_the_new_key_and_renames_the_quotations_speaker()
    {
        var (database, _, trump) = await SeededAsync();
        using var _ = database;

        var entity = await WriterFixture.Writer(database).UpdateEntityAsync(trump, "  Donald John Trump  ", "Former president", "politician");

        Assert.Equal("Donald John Trump", entity.Name);
        await using var context = database.CreateContext();
        var stored = await context.People.SingleAsync(p => p.Id == trump);
        Assert.Equal("Donald John Trump", stored.Name);
        Assert.Contains("Donald Trump", stored.Aliases);
        Assert.Equal("Former president", stored.Description);
        Assert.Equal("politician", stored.Kind);
        Assert.True(await context.EntityKeys.AnyAsync(k => k.EntityId == trump && k.Value == "donald john trump"));
        Assert.True(await context.EntityKeys.AnyAsync(k => k.EntityId == trump && k.Value == "donald trump"));

        // A trigger keeps the stored speaker name of the person's quotations in step.
        Assert.Equal(["Donald John Trump"], await context.Quotations.Where(q => q.SpeakerId == trump).Select(q => q.SpeakerName).Distinct().ToListAsync());
    }

    [Fact]
    public async Task Null_leaves_a_value_alone_and_a_blank_text_clears_it()
    {
        var (database, amlo, _) = await SeededAsync();
        using var _ = database;

        await WriterFixture.Writer(database).UpdateEntityAsync(amlo, name: null, description: " ", kind: null);

        await using var context = database.CreateContext();
        var stored = await context.People.SingleAsync(p => p.Id == amlo);
        Assert.Equal("Andrés Manuel López Obrador", stored.Name);
        Assert.Null(stored.Description);
    }

    [Fact]
    public async Task A_name_another_entity_already_answers_to_is_refused_and_nothing_changes()
    {
        var (database, amlo, _) = await SeededAsync();
        using var _ = database;
        var before = DatabaseChecksum.Of(database.ConnectionString);

        var error = await Assert.ThrowsAsync<AliasAlreadyUsedException>(
            () => WriterFixture.Writer(database).UpdateEntityAsync(amlo, "TRUMP", "changed too", null));

        Assert.Equal("TRUMP", error.Alias);
        Assert.Equal("Donald Trump", error.UsedBy);
        Assert.Equal(before.Hash, DatabaseChecksum.Of(database.ConnectionString).Hash);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ... ")]
    public async Task An_empty_name_is_an_invalid_value(string name)
    {
        var (database, amlo, _) = await SeededAsync();
        using var _ = database;

        await Assert.ThrowsAsync<EntityValueInvalidException>(() => WriterFixture.Writer(database).UpdateEntityAsync(amlo, name, null, null));
    }

    [Fact]
    public async Task Too_long_values_are_invalid()
    {
        var (database, amlo, _) = await SeededAsync();
        using var _ = database;
        var writer = WriterFixture.Writer(database);

        await Assert.ThrowsAsync<EntityValueInvalidException>(() => writer.UpdateEntityAsync(amlo, new string('x', 301), null, null));
        await Assert.ThrowsAsync<EntityValueInvalidException>(() => writer.UpdateEntityAsync(amlo, null, new string('x', 1001), null));
        await Assert.ThrowsAsync<EntityValueInvalidException>(() => writer.UpdateEntityAsync(amlo, null, null, new string('x', 101)));
        await Assert.ThrowsAsync<EntityValueInvalidException>(() => writer.AddAliasAsync(amlo, new string('x', 301)));
    }

    [Fact]
    public async Task Writes_to_an_unknown_entity_are_entity_not_found()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var writer = WriterFixture.Writer(database);

        await Assert.ThrowsAsync<EntityNotFoundException>(() => writer.UpdateEntityAsync(999, "X", null, null));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => writer.AddAliasAsync(999, "X"));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => writer.ConfirmEntityAsync(999));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => writer.MergeEntitiesAsync(999, 998));
    }

    [Fact]
    public async Task An_added_alias_becomes_a_resolution_key_so_the_next_ingest_resolves_that_name_to_the_entity()
    {
        var (database, amlo, _) = await SeededAsync();
        using var _ = database;
        var writer = WriterFixture.Writer(database);

        var entity = await writer.AddAliasAsync(amlo, "El Peje");
        await writer.AddAliasAsync(amlo, "El Peje");

        Assert.Equal(1, entity.Aliases.Count(a => a == "El Peje"));

        // An extractor that knows "El Peje" only as a separate person: resolution must find AMLO by the new key.
        var extractor = new GazetteerTestExtractor([new("peje", KnowledgeApi.Ingestion.Extraction.EntityKind.Person, "El Peje", [], null, null, false)]);
        await WriterFixture.Writer(database, extractor).IngestArticleAsync("# El Peje speaks\n\nEl Peje said “hello to everyone here today.”", "peje.md");
        await using var context = database.CreateContext();
        Assert.False(await context.People.AnyAsync(p => p.Name == "El Peje"));
        Assert.Equal(1, (await context.People.SingleAsync(p => p.Id == amlo)).Aliases.Count(a => a == "El Peje"));
        Assert.True(await context.Mentions.AnyAsync(m => m.EntityId == amlo && m.SurfaceForm == "El Peje"));
    }

    [Fact]
    public async Task An_alias_that_names_another_entity_of_the_type_is_refused()
    {
        var (database, amlo, _) = await SeededAsync();
        using var _ = database;
        var before = DatabaseChecksum.Of(database.ConnectionString);

        await Assert.ThrowsAsync<AliasAlreadyUsedException>(() => WriterFixture.Writer(database).AddAliasAsync(amlo, "Donald  TRUMP"));

        Assert.Equal(before.Hash, DatabaseChecksum.Of(database.ConnectionString).Hash);
    }

    [Fact]
    public async Task Confirming_marks_the_entity_curated()
    {
        var (database, _, trump) = await SeededAsync();
        using var _ = database;

        var entity = await WriterFixture.Writer(database).ConfirmEntityAsync(trump);

        Assert.True(entity.Confirmed);
        Assert.IsType<Person>(entity);
        await using var context = database.CreateContext();
        Assert.True((await context.Entities.SingleAsync(e => e.Id == trump)).Confirmed);
    }
}
