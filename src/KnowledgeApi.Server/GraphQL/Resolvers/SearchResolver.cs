using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Search;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// Runs a full-text search (FTS5, bm25 order, accents and case ignored) and loads the rows the
/// hits point at: one query for the hits, then one per kind of row that was hit.
/// </summary>
internal static class SearchResolver
{
    /// <summary>How many hits one search returns at most.</summary>
    public const int MaxResults = 50;

    public static async Task<IReadOnlyList<object>> SearchAsync(KnowledgeDbContext db, string text, CancellationToken cancellationToken)
    {
        var hits = await new KnowledgeSearch(db).SearchAsync(text, MaxResults, cancellationToken: cancellationToken).ConfigureAwait(false);
        var loaded = new Dictionary<(SearchHitKind, int), object>();
        foreach (var kind in hits.Select(h => h.Kind).Distinct())
        {
            var ids = hits.Where(h => h.Kind == kind).Select(h => h.Id).ToList();
            IEnumerable<(int Id, object Row)> rows = kind switch
            {
                SearchHitKind.Article => (await db.Articles.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(a => (a.Id, (object)a)),
                SearchHitKind.Quotation => (await db.Quotations.Where(q => ids.Contains(q.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(q => (q.Id, (object)q)),
                SearchHitKind.Person => (await db.People.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(p => (p.Id, (object)p)),
                SearchHitKind.Organization => (await db.Organizations.Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(o => (o.Id, (object)o)),
                SearchHitKind.Event => (await db.Events.Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                _ => [],
            };
            foreach (var (id, row) in rows)
            {
                loaded[(kind, id)] = row;
            }
        }

        // The index and the tables change together (triggers), but a row deleted between the two reads is skipped, not null.
        return [.. hits.Select(h => loaded.GetValueOrDefault((h.Kind, h.Id))).OfType<object>()];
    }
}
