using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Writing;

/// <summary>
/// The set-based statements of a merge. Every table that points at an entity is repointed from
/// the duplicate to the canonical entity; where the canonical entity already has the same row
/// (a mention at the same place, the same byline, the same stated link) the duplicate's copy is
/// dropped first, so the unique indexes hold and nothing is counted twice or left dangling.
/// </summary>
internal static class EntityMerge
{
    public static async Task MoveReferencesAsync(KnowledgeDbContext context, int canonicalId, int duplicateId, CancellationToken cancellationToken)
    {
        // Mentions: both may have been found at one position (two names for one person); the
        // canonical row stands for it. All others move, so per-article counts add up.
        await context.Mentions
            .Where(m => m.EntityId == duplicateId && context.Mentions.Any(o => o.EntityId == canonicalId
                && o.ArticleId == m.ArticleId && o.ParagraphIndex == m.ParagraphIndex && o.StartOffset == m.StartOffset))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.Mentions.Where(m => m.EntityId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.EntityId, canonicalId), cancellationToken).ConfigureAwait(false);

        // Quotations: the speaker moves; a trigger rewrites the stored speaker name.
        await context.Quotations.Where(q => q.SpeakerId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerId, canonicalId), cancellationToken).ConfigureAwait(false);

        await MoveBylinesAsync(context, canonicalId, duplicateId, cancellationToken).ConfigureAwait(false);
        await context.Articles.Where(a => a.PublisherId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.PublisherId, canonicalId), cancellationToken).ConfigureAwait(false);
        await context.Events.Where(e => e.PlaceId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.PlaceId, canonicalId), cancellationToken).ConfigureAwait(false);
        await MoveLinksAsync(context, canonicalId, duplicateId, cancellationToken).ConfigureAwait(false);

        // Keys are unique per type and the two entities share a type, so the duplicate's never clash.
        await context.EntityKeys.Where(k => k.EntityId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.EntityId, canonicalId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The duplicate's names become aliases; what the canonical entity lacks, it takes from the duplicate.</summary>
    public static void Absorb(Entity canonical, Entity duplicate)
    {
        canonical.Aliases = [.. canonical.Aliases
            .Concat([duplicate.Name, .. duplicate.Aliases])
            .Where(a => a != canonical.Name)
            .Distinct(StringComparer.Ordinal)];
        canonical.Description ??= duplicate.Description;
        canonical.Kind ??= duplicate.Kind;
        canonical.Confirmed |= duplicate.Confirmed;
        if (canonical is Event happening && duplicate is Event other)
        {
            happening.StartsOn ??= other.StartsOn;
            happening.EndsOn ??= other.EndsOn;
            happening.PlaceId ??= other.PlaceId;
        }
    }

    private static async Task MoveBylinesAsync(KnowledgeDbContext context, int canonicalId, int duplicateId, CancellationToken cancellationToken)
    {
        // One person cannot sign one article twice; the canonical byline position stays.
        await context.ArticleAuthors
            .Where(a => a.PersonId == duplicateId && context.ArticleAuthors.Any(o => o.PersonId == canonicalId && o.ArticleId == a.ArticleId))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.ArticleAuthors.Where(a => a.PersonId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.PersonId, canonicalId), cancellationToken).ConfigureAwait(false);
    }

    private static async Task MoveLinksAsync(KnowledgeDbContext context, int canonicalId, int duplicateId, CancellationToken cancellationToken)
    {
        await context.EntityLinks
            .Where(l => l.FromId == duplicateId && context.EntityLinks.Any(o => o.FromId == canonicalId
                && o.ToId == l.ToId && o.Relation == l.Relation && o.ArticleId == l.ArticleId))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.EntityLinks.Where(l => l.FromId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.FromId, canonicalId), cancellationToken).ConfigureAwait(false);
        await context.EntityLinks
            .Where(l => l.ToId == duplicateId && context.EntityLinks.Any(o => o.ToId == canonicalId
                && o.FromId == l.FromId && o.Relation == l.Relation && o.ArticleId == l.ArticleId))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.EntityLinks.Where(l => l.ToId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ToId, canonicalId), cancellationToken).ConfigureAwait(false);

        // A link between the two ("AMLO leader of Morena" when Morena was folded into AMLO) would now point at itself.
        await context.EntityLinks.Where(l => l.FromId == canonicalId && l.ToId == canonicalId)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
