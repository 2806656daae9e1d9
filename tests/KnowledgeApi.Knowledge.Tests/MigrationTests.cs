using KnowledgeApi.Knowledge.Database;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Knowledge.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_create_a_missing_file_and_its_folder_with_every_table()
    {
        using var database = TemporaryDatabase.CreateEmpty();
        Assert.False(File.Exists(database.Path));

        await KnowledgeDatabase.MigrateAsync(database.Options());

        Assert.True(File.Exists(database.Path));
        var tables = database.Scalar(
            "SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite%' ORDER BY name)");
        Assert.Equal(
            "ArticleAuthors,Articles,Entities,EntityKeys,EntityLinks,Mentions,Quotations,SearchIndex,__EFMigrationsHistory,__EFMigrationsLock",
            tables);
    }

    [Fact]
    public async Task A_migrated_database_is_in_wal_mode_and_has_no_pending_migrations()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();

        Assert.Equal("wal", database.Scalar("PRAGMA journal_mode;"));
        await using var context = database.CreateContext();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using (var context = database.CreateContext())
        {
            context.People.Add(new Model.Person { Name = "Eric London" });
            await context.SaveChangesAsync();
        }

        await KnowledgeDatabase.MigrateAsync(database.Options());

        Assert.Equal(1L, database.Scalar("SELECT count(*) FROM Entities"));
    }

    [Fact]
    public void The_model_matches_the_last_migration_snapshot()
    {
        using var database = TemporaryDatabase.CreateEmpty();
        using var context = database.CreateContext();

        // A model change without a new migration would leave the database behind the code.
        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Every_connection_waits_for_a_locked_database_instead_of_failing()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        await context.Database.OpenConnectionAsync();
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";

        var timeout = Convert.ToInt64(await command.ExecuteScalarAsync());

        Assert.Equal((long)KnowledgeDatabase.BusyTimeout.TotalMilliseconds, timeout);
    }
}
