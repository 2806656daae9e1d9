using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace KnowledgeApi.Knowledge.Database;

/// <summary>
/// Makes EF Core's cancellation token stop a running SQLite statement. Microsoft.Data.Sqlite runs
/// "async" commands synchronously and its <c>SqliteCommand.Cancel()</c> does nothing, so a token
/// cancelled mid-statement (a GraphQL request timing out) would otherwise leave the query running
/// to its end. While an async command (and its reader) is in flight, the token's cancellation calls
/// <c>sqlite3_interrupt</c> on the command's connection; the statement then fails with
/// SQLITE_INTERRUPT, which is reported as the <see cref="OperationCanceledException"/> it is.
/// </summary>
internal sealed class SqliteInterruptInterceptor : DbCommandInterceptor
{
    private const int SqliteInterrupt = 9;

    private readonly ConditionalWeakTable<DbCommand, InFlight> inFlight = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    // A reader keeps stepping the statement as rows are read, so it stays interruptible until disposed.
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var interrupted = Release(command);
        if (interrupted && eventData.Exception is SqliteException { SqliteErrorCode: SqliteInterrupt } exception)
        {
            throw new OperationCanceledException("The SQL statement was interrupted because the operation was cancelled.", exception, cancellationToken);
        }

        return Task.CompletedTask;
    }

    // EF reports an OperationCanceledException (a token cancelled just before the statement started) here, not as a failure.
    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    private void Watch(DbCommand command, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || command.Connection is not SqliteConnection connection)
        {
            return;
        }

        // Cancelled before the statement starts: an interrupt now would be a no-op, so stop here.
        cancellationToken.ThrowIfCancellationRequested();
        var state = new InFlight(connection);
        inFlight.AddOrUpdate(command, state);
        state.Registration = cancellationToken.UnsafeRegister(static s => ((InFlight)s!).Interrupt(), state);
        if (cancellationToken.IsCancellationRequested)
        {
            // Cancelled while registering: same as before the start.
            Release(command);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Stops watching; true when the token interrupted the statement.</summary>
    private bool Release(DbCommand command)
    {
        if (!inFlight.TryGetValue(command, out var state))
        {
            return false;
        }

        inFlight.Remove(command);
        return state.End();
    }

    private sealed class InFlight(SqliteConnection connection)
    {
        private readonly Lock gate = new();
        private bool ended;
        private bool interrupted;

        public CancellationTokenRegistration Registration { get; set; }

        public void Interrupt()
        {
            // Under the lock with End(): once the command ended, its pooled connection may already run
            // someone else's statement, which must never be interrupted.
            lock (gate)
            {
                if (!ended && connection.Handle is { } handle)
                {
                    raw.sqlite3_interrupt(handle);
                    interrupted = true;
                }
            }
        }

        public bool End()
        {
            lock (gate)
            {
                ended = true;
            }

            Registration.Dispose();
            return interrupted;
        }
    }
}
