using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

/// <summary>
/// Holds each query at the database's door until <see cref="Expected"/> queries stand there
/// together (or a grace period passes). When they all arrive, they were truly in flight at the
/// same moment — the situation a shared DbContext cannot survive.
/// </summary>
internal sealed class CommandRendezvous(int expected) : DbCommandInterceptor
{
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public int Expected { get; } = expected;

    public int Arrived => Volatile.Read(ref _arrived);

    public bool AllArrivedTogether => _allArrived.Task.IsCompletedSuccessfully;

    /// <summary>Completes when the first query is waiting at the door.</summary>
    public TaskCompletionSource FirstArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _arrived) >= Expected)
        {
            _allArrived.TrySetResult();
        }

        FirstArrived.TrySetResult();
        try
        {
            await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(3), cancellationToken);
        }
        catch (TimeoutException)
        {
            // Not everyone came (a shared context refused the second query): go on alone.
        }

        return result;
    }
}
