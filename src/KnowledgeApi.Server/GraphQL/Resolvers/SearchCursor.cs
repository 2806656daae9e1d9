using System.Globalization;
using System.Text;
using KnowledgeApi.Knowledge.Search;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// A search edge's cursor: base64 of the hit's bm25 rank (round-trip precision) and index key, the
/// keyset <see cref="KnowledgeSearch.SearchAfterAsync"/> continues from.
/// </summary>
internal static class SearchCursor
{
    public static string Format(SearchHit hit) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            hit.Rank.ToString("R", CultureInfo.InvariantCulture) + "|" + hit.Key.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The hit a cursor points at; null when the text is not a search cursor.</summary>
    public static SearchHit? Parse(string cursor)
    {
        Span<byte> bytes = stackalloc byte[cursor.Length];
        if (!Convert.TryFromBase64String(cursor, bytes, out var written))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(bytes[..written]).Split('|');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var rank)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var key)
            || !Enum.IsDefined((SearchHitKind)(int)(key % 8)))
        {
            return null;
        }

        return new SearchHit((SearchHitKind)(int)(key % 8), checked((int)(key / 8)), rank);
    }
}
