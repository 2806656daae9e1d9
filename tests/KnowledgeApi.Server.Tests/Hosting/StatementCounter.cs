using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeApi.Server.Tests.Hosting;

/// <summary>Records every SQL statement EF Core sends while a query runs, so tests can count round trips.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> statements = new();

    public IReadOnlyList<string> Statements => [.. statements];

    public void Reset() => statements.Clear();

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command);
        return base.ReaderExecuted(command, eventData, result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command);
        return base.ScalarExecuted(command, eventData, result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    // PRAGMAs the connection interceptor issues on open are set-up, not the query's statements.
    private void Record(DbCommand command)
    {
        if (!command.CommandText.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase))
        {
            statements.Enqueue(command.CommandText);
        }
    }
}
