using System.Diagnostics;
using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Ingestion.Writing;
using KnowledgeApi.Ingestion.Writing.Errors;
using KnowledgeApi.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace KnowledgeApi.Ingestion.Tests.Writing;

public sealed class BusyDatabaseTests
{
    [Fact]
    public async Task A_database_another_process_keeps_locked_is_a_busy_error_after_the_busy_timeout_not_a_hang()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        // SQLite waits out its busy timeout and Microsoft.Data.Sqlite then retries until the command
        // timeout (30 s each in the server); a fraction of a second and one second here.
        var writer = WriterFixture.Writer(
            database,
            connectionString: database.ConnectionString + ";Default Timeout=1",
            configure: o => o.AddInterceptors(new WriterFixture.ShortBusyTimeout(200)));
        var before = DatabaseChecksum.Of(database.ConnectionString);

        // Another process's writer: a plain connection holding the write lock.
        using var other = new SqliteConnection(database.ConnectionString);
        other.Open();
        using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<KnowledgeBaseBusyException>(() => writer.IngestArticleAsync(WriterFixture.Article, "border-talks.md"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.IsType<SqliteException>(error.InnerException?.GetBaseException() ?? error.InnerException);
        using (var rollback = other.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
        }

        Assert.Equal(before.Hash, DatabaseChecksum.Of(database.ConnectionString).Hash);

        // Once the other writer is gone, the same write goes through.
        await writer.IngestArticleAsync(WriterFixture.Article, "border-talks.md");
    }

    [Fact]
    public async Task A_writer_queued_behind_a_long_write_of_this_process_gets_a_busy_error_when_its_wait_runs_out()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        using var writeLock = new KnowledgeWriteLock();
        var writer = WriterFixture.Writer(database, writeLock: writeLock, lockTimeout: TimeSpan.FromMilliseconds(200));

        using (await writeLock.AcquireAsync())
        {
            var error = await Assert.ThrowsAsync<KnowledgeBaseBusyException>(() => writer.ConfirmEntityAsync(1));
            Assert.Contains("retried", error.Message, StringComparison.Ordinal);
        }

        // Released: the write runs (and finds no entity 1 in the empty database).
        await Assert.ThrowsAsync<EntityNotFoundException>(() => writer.ConfirmEntityAsync(1));
    }

    [Fact]
    public async Task Parallel_writers_sharing_the_lock_lose_and_duplicate_nothing()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        using var writeLock = new KnowledgeWriteLock();
        using var pipeline = new Pipeline.IngestionPipeline(IngestionFixture.Contexts(database), GazetteerTestExtractor.ForSeeds(), writeLock);
        var writer = WriterFixture.Writer(database, writeLock: writeLock, lockTimeout: TimeSpan.FromSeconds(60));
        var seeded = await writer.IngestArticleAsync(WriterFixture.Article, "border-talks.md");
        var amlo = (int)(long)database.Scalar("SELECT \"Id\" FROM \"Entities\" WHERE \"Name\" = 'Andrés Manuel López Obrador'")!;
        var folder = IngestionFixture.NewFolder();
        var files = Enumerable.Range(100, 6).Select(n =>
        {
            var path = Path.Combine(folder, $"report-{n}.md");
            File.WriteAllText(path, WriterFixture.OtherArticle(n));
            return path;
        }).ToList();

        // Eight writers at once: API ingests (some posting the same article), aliases, and a file ingest through the pipeline.
        var writes = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                switch (w % 4)
                {
                    case 0 or 1:
                        await writer.IngestArticleAsync(WriterFixture.OtherArticle(i * 4 + w % 2), $"report-{i * 4 + w % 2}.md");
                        break;
                    case 2:
                        await writer.AddAliasAsync(amlo, $"Alias {w}-{i}");
                        break;
                    default:
                        await pipeline.IngestAsync(files);
                        break;
                }
            }
        }));
        await Task.WhenAll(writes);

        Assert.Equal(1L + 10 + 6, database.Scalar("SELECT COUNT(*) FROM \"Articles\""));
        Assert.Equal(0L, database.Scalar("SELECT COUNT(*) FROM (SELECT \"Name\" FROM \"Entities\" GROUP BY \"Type\", \"Name\" HAVING COUNT(*) > 1)"));
        Assert.Equal(10L, database.Scalar($"SELECT COUNT(*) FROM json_each((SELECT \"Aliases\" FROM \"Entities\" WHERE \"Id\" = {amlo})) WHERE value LIKE 'Alias %'"));
        Assert.Equal("ok", database.Scalar("PRAGMA integrity_check"));
        Assert.NotEqual(0, seeded.Article.Id);
    }
}
