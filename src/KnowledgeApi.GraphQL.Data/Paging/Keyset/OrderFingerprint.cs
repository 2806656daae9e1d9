using System.Globalization;
using System.Text;

namespace KnowledgeApi.GraphQL.Data.Paging.Keyset;

/// <summary>
/// A stable 32-bit FNV-1a hash of the key paths and directions. It only has to tell orders apart
/// (a cursor from <c>order: {name: ASC}</c> used with <c>order: {name: DESC}</c>), not resist attack:
/// the worst a forged cursor can do is start a page somewhere else.
/// </summary>
internal static class OrderFingerprint
{
    public static string Of(IReadOnlyList<KeysetKey> keys)
    {
        var text = new StringBuilder();
        foreach (var key in keys)
        {
            text.Append(key.Path).Append(key.Descending ? " DESC|" : " ASC|");
        }

        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text.ToString()))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
