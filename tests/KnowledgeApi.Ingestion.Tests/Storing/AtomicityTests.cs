using System.Data.Common;
using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Ingestion.Tests.Reading;
using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeApi.Ingestion.Tests.Storing;

public sealed class AtomicityTests
{
    /// <summary>Fails the first command that inserts quotations: entities and the article are already written by then.</summary>
    private sealed class FailOnQuotationInsert : DbCommandInterceptor
    {
        public int Failures { get; private set; }

        public bool Armed { get; set; } = true;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            FailOnQuotations(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            FailOnQuotations(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void FailOnQuotations(DbCommand command)
        {
            if (Armed && command.CommandText.Contains("INSERT INTO \"Quotations\"", StringComparison.Ordinal))
            {
                Failures++;
                throw new InvalidDataException("injected failure after some inserts");
            }
        }
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_a_new_article_leaves_no_trace()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var failure = new FailOnQuotationInsert();
        using var pipeline = IngestionFixture.Pipeline(database, configure: o => o.AddInterceptors(failure));
        var before = DatabaseChecksum.Of(database.ConnectionString);

        var result = await pipeline.IngestFileAsync(ArticleSamples.SeedPath("000_bd5966101cee13de.txt"));

        Assert.Equal(IngestStatus.Skipped, result.Status);
        Assert.Contains("injected failure after some inserts", result.Problem, StringComparison.Ordinal);
        Assert.Equal(1, failure.Failures);
        var after = DatabaseChecksum.Of(database.ConnectionString);
        Assert.Equal(before.Hash, after.Hash);
        Assert.All(after.Counts.Values, count => Assert.Equal(0L, count));
    }

    [Fact]
    public async Task A_failure_while_replacing_an_article_keeps_the_previous_version_whole()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var failure = new FailOnQuotationInsert { Armed = false };
        using var pipeline = IngestionFixture.Pipeline(database, configure: o => o.AddInterceptors(failure));
        var folder = IngestionFixture.NewFolder();
        var path = Path.Combine(folder, "article.txt");
        File.Copy(ArticleSamples.SeedPath("000_bd5966101cee13de.txt"), path);
        await pipeline.IngestFileAsync(path);
        var before = DatabaseChecksum.Of(database.ConnectionString);

        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("Eric London", "Jane Roe", StringComparison.Ordinal));
        failure.Armed = true;
        Assert.Equal(IngestStatus.Skipped, (await pipeline.IngestFileAsync(path)).Status);
        Assert.Equal(1, failure.Failures);

        Assert.Equal(before.Hash, DatabaseChecksum.Of(database.ConnectionString).Hash);

        failure.Armed = false;
        Assert.Equal(IngestStatus.Updated, (await pipeline.IngestFileAsync(path)).Status);
    }

    [Fact]
    public async Task A_database_error_skips_that_article_and_the_run_goes_on()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var folder = IngestionFixture.NewFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "# First\n\nBody one.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), "# Second\n\nBody two.\n");
        using (var blocker = database.CreateContext())
        {
            // A trigger that refuses one title stands in for any failure inside SQLite.
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(blocker.Database,
                "CREATE TRIGGER refuse_first BEFORE INSERT ON Articles WHEN NEW.Title = 'First' BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");
        }

        using var pipeline = IngestionFixture.Pipeline(database);
        var summary = await pipeline.IngestAsync(ArticleFiles.Expand([folder]).Files);

        Assert.Equal([IngestStatus.Skipped, IngestStatus.Added], summary.Results.Select(r => r.Status));
        Assert.Contains("a.txt: could not be stored: ", summary.Results[0].Problem, StringComparison.Ordinal);
        Assert.Contains("refused by test", summary.Results[0].Problem, StringComparison.Ordinal);
        Assert.Equal(1L, database.Scalar("SELECT count(*) FROM Articles"));
    }
}
