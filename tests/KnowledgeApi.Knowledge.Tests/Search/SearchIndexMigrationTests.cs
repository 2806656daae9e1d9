using KnowledgeApi.Knowledge.Database;
using KnowledgeApi.Knowledge.Search;
using KnowledgeApi.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KnowledgeApi.Knowledge.Tests.Search;

/// <summary>A knowledge base made before quotation parts and search existed, migrated forward.</summary>
public sealed class SearchIndexMigrationTests
{
    [Fact]
    public async Task Migrating_an_older_database_gives_its_quotations_one_part_and_indexes_its_rows()
    {
        using var database = TemporaryDatabase.CreateEmpty();
        KnowledgeDatabase.CreateFolderFor(database.ConnectionString);
        await using (var context = database.CreateContext())
        {
            await context.GetService<IMigrator>().MigrateAsync("20261122075811_InitialKnowledgeBase");
        }

        Execute(database, """
            INSERT INTO Entities (Id, Type, Name, Aliases, Confirmed) VALUES (1, 'Person', 'Andrés Manuel López Obrador', '["AMLO"]', 1);
            INSERT INTO Entities (Id, Type, Name, Aliases, Confirmed) VALUES (2, 'Place', 'Mexico City', '[]', 0);
            INSERT INTO Articles (Id, Title, Slug, SourceName, ContentHash, Body, WordCount)
                VALUES (1, 'Old article', 'old-article', 'old.txt', '0000000000000000000000000000000000000000000000000000000000000000', '["He said: “We will not intervene.”"]', 6);
            INSERT INTO Quotations (Id, ArticleId, Text, ParagraphIndex, StartOffset, Length, IsFragment, SpeakerId)
                VALUES (1, 1, 'We will not intervene.', 0, 10, 22, 0, 1);
            """);

        await KnowledgeDatabase.MigrateAsync(database.Options());

        await using var migrated = database.CreateContext();
        var part = Assert.Single((await migrated.Quotations.SingleAsync()).Parts);
        Assert.Equal((0, 10, 22), (part.ParagraphIndex, part.StartOffset, part.Length));
        var search = new KnowledgeSearch(migrated);
        Assert.Equal((SearchHitKind.Person, 1), Hit(await search.SearchAsync("lopez obrador", 10)));
        Assert.Equal(
            [(SearchHitKind.Article, 1), (SearchHitKind.Quotation, 1)],
            (await search.SearchAsync("intervene", 10)).Select(h => (h.Kind, h.Id)).Order());
        Assert.Equal((SearchHitKind.Article, 1), Hit(await search.SearchAsync("old", 10)));
        Assert.Empty(await search.SearchAsync("Mexico City", 10));
    }

    [Fact]
    public async Task Migrating_down_removes_the_index_and_its_triggers()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using (var context = database.CreateContext())
        {
            await context.GetService<IMigrator>().MigrateAsync("20261122075811_InitialKnowledgeBase");
        }

        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM sqlite_master WHERE name LIKE 'SearchIndex%' OR name LIKE 'TR_Search_%'"));
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM pragma_table_info('Quotations') WHERE name = 'Parts'"));

        // The speaker-name triggers survived the Quotations rebuild.
        Execute(database, """
            INSERT INTO Entities (Id, Type, Name, Aliases, Confirmed) VALUES (1, 'Person', 'Someone', '[]', 0);
            INSERT INTO Articles (Id, Title, Slug, SourceName, ContentHash, Body, WordCount)
                VALUES (1, 't', 't', 't.txt', '0000000000000000000000000000000000000000000000000000000000000000', '["x"]', 1);
            INSERT INTO Quotations (ArticleId, Text, ParagraphIndex, StartOffset, Length, IsFragment, SpeakerId) VALUES (1, 'x', 0, 0, 1, 0, 1);
            UPDATE Entities SET Name = 'Someone Else' WHERE Id = 1;
            """);
        Assert.Equal("Someone Else", database.Scalar("SELECT SpeakerName FROM Quotations"));
    }

    private static (SearchHitKind, int) Hit(IReadOnlyList<SearchHit> hits)
    {
        var hit = Assert.Single(hits);
        return (hit.Kind, hit.Id);
    }

    private static void Execute(TemporaryDatabase database, string sql)
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
