using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Search;
using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// Runs a full-text search (FTS5, bm25 order, accents and case ignored) and loads the rows the
/// hits point at: one query for the hits, then one per kind of row that was hit.
/// </summary>
internal static class SearchResolver
{
    /// <summary>The page size when <c>first</c> is not given, as <c>[UsePaging]</c> defaults it.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>
    /// One page of hits after the page's <c>after</c> cursor (the page middleware already checked
    /// <c>first</c>), one more fetched to know whether a next page exists, and the total when selected.
    /// </summary>
    public static async Task<Connection> SearchPageAsync(
        KnowledgeDbContext db, string text, RelationPage requested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var size = requested.Size;
        var after = requested.After;
        var search = new KnowledgeSearch(db);
        var afterHit = after is null ? null : SearchCursor.Parse(after)
            ?? throw new GraphQLException(new GraphQLError("The cursor given in `after` is not valid for this list and order.")
                .WithCode("HC0078").WithExtension("argument", "after").WithExtension("cursor", after));
        var hits = afterHit is null
            ? await search.SearchAsync(text, size + 1, cancellationToken: cancellationToken).ConfigureAwait(false)
            : await search.SearchAfterAsync(text, afterHit, size + 1, cancellationToken).ConfigureAwait(false);
        var page = hits.Take(size).ToList();
        var rows = await LoadAsync(db, page, cancellationToken).ConfigureAwait(false);
        var edges = page.Select(hit => (Hit: hit, Row: rows.GetValueOrDefault((hit.Kind, hit.Id))))
            .Where(pair => pair.Row is not null)
            .Select(pair => new Edge(pair.Row, SearchCursor.Format(pair.Hit)))
            .ToList();
        int? total = requested.IncludeTotalCount ? await search.CountAsync(text, cancellationToken).ConfigureAwait(false) : null;
        var pageInfo = new PageInfo(hits.Count > size, afterHit is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, total);
    }

    private static async Task<Dictionary<(SearchHitKind, int), object>> LoadAsync(
        KnowledgeDbContext db, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
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
        return loaded;
    }
}
