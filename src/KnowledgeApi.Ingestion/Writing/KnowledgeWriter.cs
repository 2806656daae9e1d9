using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Ingestion.Storing;
using KnowledgeApi.Ingestion.Writing.Errors;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Writing;

/// <summary>
/// Every change a user can make to the knowledge base, one method per write. Each write takes the
/// process's <see cref="KnowledgeWriteLock"/> (bounded wait) and runs in one <c>BEGIN IMMEDIATE</c>
/// transaction (<see cref="WriteTransaction"/>): it commits whole or leaves nothing. A domain
/// problem is a typed exception from <see cref="Errors"/>; a database other writers kept locked
/// too long is a <see cref="KnowledgeBaseBusyException"/>, never a hang.
/// </summary>
public sealed partial class KnowledgeWriter(
    IDbContextFactory<KnowledgeDbContext> contexts,
    IArticleExtractor extractor,
    KnowledgeWriteLock writeLock,
    KnowledgeWriterOptions? options = null)
{
    private readonly PersistStep _persist = new(contexts);
    private readonly TimeSpan _lockTimeout = (options ?? new KnowledgeWriterOptions()).LockTimeout;

    /// <summary>
    /// Ingests posted text as if it were the file <paramref name="sourceName"/>: read, clean and
    /// extract (outside the lock), then resolve and persist. The same text under the same name
    /// again leaves the article unchanged; other text under a known name replaces its content.
    /// </summary>
    public async Task<WrittenArticle> IngestArticleAsync(string text, string sourceName, CancellationToken cancellationToken = default)
    {
        var document = PostedArticle.Read(text, sourceName);

        // The slow, CPU-bound part runs before the lock, so other writers are not held up by it.
        var extracted = ExtractStep.Extract(extractor, document);
        var stored = await WithLockAsync(
            () => _persist.PersistAsync(document, extracted, cancellationToken), cancellationToken).ConfigureAwait(false);

        var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var article = await context.Articles.AsNoTracking().FirstAsync(a => a.Id == stored.ArticleId, cancellationToken).ConfigureAwait(false);
            return new WrittenArticle(article, stored.Status);
        }
    }

    /// <summary>Marks the entity as curated by a person: later re-ingests never sweep it away.</summary>
    public Task<Entity> ConfirmEntityAsync(int entityId, CancellationToken cancellationToken = default) =>
        WriteAsync(
            async (context, ct) =>
            {
                var entity = await FindEntityAsync(context, entityId, ct).ConfigureAwait(false);
                entity.Confirmed = true;
                await context.SaveChangesAsync(ct).ConfigureAwait(false);
                return entity;
            },
            cancellationToken);

    /// <summary>
    /// Deletes the article with its quotations, mentions, links and bylines. The entities stay,
    /// even those only this article named: other articles or curators may still need them.
    /// </summary>
    /// <returns>The article as it was, detached.</returns>
    public Task<Article> DeleteArticleAsync(int articleId, CancellationToken cancellationToken = default) =>
        WriteAsync(
            async (context, ct) =>
            {
                var article = await context.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, ct).ConfigureAwait(false)
                    ?? throw new ArticleNotFoundException(articleId);
                await ArticleContent.RemoveAsync(context, articleId, ct).ConfigureAwait(false);
                await context.Articles.Where(a => a.Id == articleId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
                return article;
            },
            cancellationToken);

    /// <summary>Runs <paramref name="write"/> in one write transaction under the process's write lock; commits when it returns.</summary>
    private Task<T> WriteAsync<T>(Func<KnowledgeDbContext, CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        WithLockAsync(
            async () =>
            {
                var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                await using (context.ConfigureAwait(false))
                {
                    var transaction = await WriteTransaction.BeginAsync(context, cancellationToken).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        // A typed error thrown by the write leaves the transaction uncommitted: disposing it rolls back.
                        var result = await write(context, cancellationToken).ConfigureAwait(false);
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        return result;
                    }
                }
            },
            cancellationToken);

    private async Task<T> WithLockAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        using (await writeLock.AcquireAsync(_lockTimeout, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                return await write().ConfigureAwait(false);
            }
            catch (Exception error) when (SqliteBusy.Is(error))
            {
                // Another process (an `ingest` run) held the database past SQLite's busy timeout.
                throw new KnowledgeBaseBusyException(
                    "The knowledge base is locked by another writer; this write changed nothing and may be retried.", error);
            }
        }
    }

    private static async Task<Entity> FindEntityAsync(KnowledgeDbContext context, int entityId, CancellationToken cancellationToken) =>
        await context.Entities.FirstOrDefaultAsync(e => e.Id == entityId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException(entityId);
}
