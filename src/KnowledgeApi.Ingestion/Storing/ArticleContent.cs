using KnowledgeApi.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Storing;

/// <summary>Set-based SQL for replacing an article's content and sweeping up what it leaves behind.</summary>
internal static class ArticleContent
{
    /// <summary>Every entity the article's current rows point at.</summary>
    public static async Task<List<int>> ReferencedEntityIdsAsync(KnowledgeDbContext context, int articleId, CancellationToken cancellationToken)
    {
        var ids = await context.Mentions.Where(m => m.ArticleId == articleId).Select(m => m.EntityId)
            .Union(context.ArticleAuthors.Where(a => a.ArticleId == articleId).Select(a => a.PersonId))
            .Union(context.Quotations.Where(q => q.ArticleId == articleId && q.SpeakerId != null).Select(q => q.SpeakerId!.Value))
            .Union(context.EntityLinks.Where(l => l.ArticleId == articleId).Select(l => l.FromId))
            .Union(context.EntityLinks.Where(l => l.ArticleId == articleId).Select(l => l.ToId))
            .Union(context.Articles.Where(a => a.Id == articleId && a.PublisherId != null).Select(a => a.PublisherId!.Value))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return ids;
    }

    /// <summary>Deletes the article's mentions, quotations, links and bylines (not the article row).</summary>
    public static async Task RemoveAsync(KnowledgeDbContext context, int articleId, CancellationToken cancellationToken)
    {
        await context.Mentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.Quotations.Where(q => q.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.EntityLinks.Where(l => l.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.ArticleAuthors.Where(a => a.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes those of <paramref name="candidateIds"/> that nothing refers to any more, unless a
    /// person confirmed them: curated entities stay even when no article mentions them yet.
    /// </summary>
    public static Task<int> RemoveOrphansAsync(KnowledgeDbContext context, List<int> candidateIds, CancellationToken cancellationToken) =>
        context.Entities
            .Where(e => candidateIds.Contains(e.Id) && !e.Confirmed
                && !context.Mentions.Any(m => m.EntityId == e.Id)
                && !context.ArticleAuthors.Any(a => a.PersonId == e.Id)
                && !context.Articles.Any(a => a.PublisherId == e.Id)
                && !context.Quotations.Any(q => q.SpeakerId == e.Id)
                && !context.EntityLinks.Any(l => l.FromId == e.Id || l.ToId == e.Id)
                && !context.Events.Any(v => v.PlaceId == e.Id))
            .ExecuteDeleteAsync(cancellationToken);
}
