using System.Data.Common;
using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Ingestion.Writing;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Database;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace KnowledgeApi.Ingestion.Tests.Writing;

/// <summary>A <see cref="KnowledgeWriter"/> on a real temporary SQLite file, and articles to post to it.</summary>
internal static class WriterFixture
{
    /// <summary>An article naming the seeds' people, party, newspaper and country, with two quotations.</summary>
    public const string Article = """
        # Trump and AMLO meet at the border

        Eric London

        6 November 2019

        Donald Trump met Andrés Manuel López Obrador in Mexico, and AMLO said “we will work together on the border.”

        The Washington Post reported that Morena welcomed the talks. Trump told reporters “it went very well indeed, believe me.”
        """;

    public static KnowledgeWriter Writer(
        TemporaryDatabase database,
        IArticleExtractor? extractor = null,
        KnowledgeWriteLock? writeLock = null,
        TimeSpan? lockTimeout = null,
        string? connectionString = null,
        Action<DbContextOptionsBuilder<KnowledgeDbContext>>? configure = null) =>
        new(
            new PooledDbContextFactory<KnowledgeDbContext>(KnowledgeDatabase.CreateOptions(connectionString ?? database.ConnectionString, configure)),
            extractor ?? GazetteerTestExtractor.ForSeeds(),
            writeLock ?? new KnowledgeWriteLock(),
            new KnowledgeWriterOptions { LockTimeout = lockTimeout ?? TimeSpan.FromSeconds(10) });

    /// <summary>A second article under another title, so it is stored as another row.</summary>
    public static string OtherArticle(int n) => $"""
        # Report number {n} on the talks

        Jane Roe

        7 November 2019

        In report {n}, AMLO met Donald Trump again, and López Obrador said “report {n} is about the wall.”
        """;

    /// <summary>Lowers SQLite's own busy wait on every connection (the server's is 30 s), so a locked-database test fails fast.</summary>
    public sealed class ShortBusyTimeout(int milliseconds) : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {milliseconds};";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
