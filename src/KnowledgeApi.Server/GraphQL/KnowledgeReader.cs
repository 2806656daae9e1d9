using System.Collections.Concurrent;
using KnowledgeApi.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL;

/// <summary>
/// Hands resolvers read-only knowledge contexts for one request, and disposes them when the
/// request's service scope ends.
/// </summary>
/// <remarks>
/// EF contexts are not thread-safe and sibling fields resolve concurrently, so every call of
/// <see cref="Open"/> takes a fresh context from the factory instead of sharing one. A resolver
/// may return an <see cref="IQueryable{T}"/> that the data middleware executes after the resolver
/// returned, so a context must live until the request ends, not until the resolver does.
/// </remarks>
internal sealed class KnowledgeReader(IDbContextFactory<KnowledgeDbContext> factory) : IAsyncDisposable
{
    private readonly ConcurrentBag<KnowledgeDbContext> opened = [];

    /// <summary>A context of its own for one resolver; no change tracking, since the API only reads.</summary>
    public KnowledgeDbContext Open()
    {
        var context = factory.CreateDbContext();
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        opened.Add(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        while (opened.TryTake(out var context))
        {
            await context.DisposeAsync().ConfigureAwait(false);
        }
    }
}
