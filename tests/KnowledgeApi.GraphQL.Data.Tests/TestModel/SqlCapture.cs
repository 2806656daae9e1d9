using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>One command EF sent: its SQL text and its parameters by name.</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>
/// Records every command a context sends (pass it to <see cref="LibraryDatabase.CreateContext"/>),
/// so a test can assert that a predicate or an order ran in SQL, with parameters, and how many
/// queries a request needed.
/// </summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private readonly ConcurrentQueue<CapturedCommand> _commands = new();

    public IReadOnlyList<CapturedCommand> Commands => [.. _commands];

    /// <summary>The SQL of the only command sent; fails when there was not exactly one.</summary>
    public string SingleSql => Assert.Single(Commands).Sql;

    public void Clear() => _commands.Clear();

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command);
        return base.ReaderExecuted(command, eventData, result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command);
        return base.ScalarExecuted(command, eventData, result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        var parameters = command.Parameters.Cast<DbParameter>()
            .ToDictionary(p => p.ParameterName, p => p.Value is DBNull ? null : p.Value, StringComparer.Ordinal);
        _commands.Enqueue(new CapturedCommand(command.CommandText, parameters));
    }
}
