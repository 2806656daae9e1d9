using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Knowledge.Search;

/// <summary>
/// Ranked full-text search over the knowledge base: article titles and bodies, quotation texts,
/// and the names and aliases of people, organizations and events (the FTS5 index of
/// <see cref="SearchIndexSql"/>). Hits come in bm25 order, best first, ties by index key; case and
/// accents do not matter. Page with <c>limit</c>/<c>offset</c>, or with a keyset: the hits after a
/// given hit, which stays cheap however deep the page.
/// </summary>
public sealed class KnowledgeSearch(KnowledgeDbContext context)
{
    // Titles and names weigh more than bodies: a person whose name is the query beats an article
    // that mentions it. Kind and ItemId are unindexed, so their weights do not matter.
    private const string Matches = $"""
        SELECT rowid AS "Key", "Kind", "ItemId", bm25("{SearchIndexSql.Table}", 0.0, 0.0, 10.0, 1.0) AS "Rank"
        FROM "{SearchIndexSql.Table}" WHERE "{SearchIndexSql.Table}" MATCH @query
        """;

    private const string Page = $"""
        WITH "Matches" AS ({Matches})
        SELECT "Key", "Kind", "ItemId", "Rank" FROM "Matches"
        ORDER BY "Rank", "Key" LIMIT @limit OFFSET @offset
        """;

    // Row values compare rank first, then key: exactly the ORDER BY, so no hit is skipped or repeated.
    private const string PageAfter = $"""
        WITH "Matches" AS ({Matches})
        SELECT "Key", "Kind", "ItemId", "Rank" FROM "Matches" WHERE ("Rank", "Key") > (@afterRank, @afterKey)
        ORDER BY "Rank", "Key" LIMIT @limit OFFSET @offset
        """;

    private const string Count = $"""
        SELECT count(*) AS "Value" FROM "{SearchIndexSql.Table}" WHERE "{SearchIndexSql.Table}" MATCH @query
        """;

    /// <summary>The best hits for <paramref name="text"/>, skipping <paramref name="offset"/>.</summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, int offset = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return QueryAsync(text, limit, offset, after: null, cancellationToken);
    }

    /// <summary>The hits that come after <paramref name="after"/> (a hit of an earlier page) for the same text.</summary>
    public Task<IReadOnlyList<SearchHit>> SearchAfterAsync(string text, SearchHit after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(after);
        return QueryAsync(text, limit, 0, after, cancellationToken);
    }

    /// <summary>How many items match <paramref name="text"/>.</summary>
    public async Task<int> CountAsync(string text, CancellationToken cancellationToken = default)
    {
        if (FullTextQuery.From(text) is not { } query)
        {
            return 0;
        }

        return await context.Database
            .SqlQueryRaw<int>(Count, new SqliteParameter("@query", query))
            .SingleAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<SearchHit>> QueryAsync(string text, int limit, int offset, SearchHit? after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0 || FullTextQuery.From(text) is not { } query)
        {
            return [];
        }

        var parameters = new List<SqliteParameter>
        {
            new("@query", query),
            new("@limit", limit),
            new("@offset", offset),
        };
        if (after is not null)
        {
            parameters.Add(new SqliteParameter("@afterRank", after.Rank));
            parameters.Add(new SqliteParameter("@afterKey", after.Key));
        }

        var rows = await context.Database
            .SqlQueryRaw<SearchRow>(after is null ? Page : PageAfter, [.. parameters])
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return rows.Select(r => new SearchHit(Enum.Parse<SearchHitKind>(r.Kind), r.ItemId, r.Rank)).ToList();
    }

    private sealed record SearchRow(long Key, string Kind, int ItemId, double Rank);
}
