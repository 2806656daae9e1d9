using KnowledgeApi.Ingestion.Storing;
using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Tests.Storing;

public sealed class ParallelIngestTests
{
    private static readonly string[] Names = ["Donald Trump", "Andrés Manuel López Obrador", "Carlos Gaytán Ochoa", "Washington Post", "Morena", "Mexico"];

    private static string WriteArticle(string folder, int n)
    {
        // Every article names the same entities (in rotating order), so concurrent writers race for them.
        var lines = new List<string> { $"# Overlapping article number {n}", string.Empty, "Eric London", string.Empty, "6 November 2019", string.Empty };
        for (var p = 0; p < 6; p++)
        {
            var name = Names[(n + p) % Names.Length];
            lines.Add($"In paragraph {p}, {name} was named, and AMLO said “this is paragraph {p} of article {n}.”");
            lines.Add(string.Empty);
        }

        var path = Path.Combine(folder, $"article-{n:D3}.txt");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task Separate_pipelines_ingesting_overlapping_articles_at_once_never_trip_a_unique_constraint()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var folder = IngestionFixture.NewFolder();
        var files = Enumerable.Range(0, 24).Select(n => WriteArticle(folder, n)).ToList();

        // Four independent pipelines (no shared in-process lock), each with every file: the
        // database's write transaction alone must keep them apart.
        var runs = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            using var pipeline = IngestionFixture.Pipeline(database);
            return await pipeline.IngestAsync(i % 2 == 0 ? files : files.AsEnumerable().Reverse().ToList());
        }));
        var summaries = await Task.WhenAll(runs);

        Assert.All(summaries, s => Assert.Equal(0, s.Skipped));
        Assert.Equal(24, summaries.Sum(s => s.Added));
        Assert.Equal(24 * 3, summaries.Sum(s => s.Unchanged));
        await using var context = database.CreateContext();
        Assert.Equal(24, await context.Articles.CountAsync());
        Assert.Equal(1, await context.People.CountAsync(p => p.Name == "Andrés Manuel López Obrador"));
        Assert.Equal(1, await context.People.CountAsync(p => p.Name == "Eric London"));
        Assert.Equal(24 * 6, await context.Quotations.CountAsync());
    }

    [Fact]
    public async Task The_write_transaction_holds_the_write_lock_from_its_start()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        await using var transaction = await WriteTransaction.BeginAsync(context, CancellationToken.None);

        // Nothing has been read or written yet, but another writer is already shut out.
        using var other = new SqliteConnection(database.ConnectionString);
        other.Open();
        using var command = other.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";
        command.CommandTimeout = 1;
        var error = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
    }
}
