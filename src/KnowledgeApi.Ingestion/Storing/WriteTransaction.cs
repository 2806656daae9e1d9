using System.Data.Common;
using KnowledgeApi.Knowledge;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Storing;

/// <summary>
/// Starts the one transaction an article is written in, as SQLite's <c>BEGIN IMMEDIATE</c>: the
/// write lock is taken before the first read, so two ingests (threads or processes) can never both
/// read "no such entity" and both insert it; the second waits (busy timeout) and then sees the
/// first one's rows.
/// </summary>
internal static class WriteTransaction
{
    public static async Task<DbTransaction> BeginAsync(KnowledgeDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = (SqliteConnection)context.Database.GetDbConnection();

        // Non-deferred is Microsoft.Data.Sqlite's spelling of BEGIN IMMEDIATE.
        var transaction = connection.BeginTransaction(deferred: false);
        await context.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
        return transaction;
    }
}
