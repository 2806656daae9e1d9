using System.Text;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Turns name (and number) tokens into strings, reusing the string when the same bytes were seen
/// recently. Requests repeat the same few hundred names (<c>id</c>, <c>name</c>, <c>__typename</c>...),
/// so this removes most string allocations from parsing. It is a fixed-size, direct-mapped
/// table per thread: no locks, no unbounded growth, and a collision merely replaces an entry.
/// </summary>
internal static class NameCache
{
    private const int Size = 1024;
    private const int MaxCachedLength = 64;

    [ThreadStatic]
    private static string?[]? entries;

    /// <summary>This thread's table; the parser fetches it once per parse, as thread-static access is not free.</summary>
    public static string?[] Table => entries ??= new string?[Size];

    public static string Get(ReadOnlySpan<byte> ascii) => Get(Table, ascii);

    public static string Get(string?[] table, ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxCachedLength)
        {
            return Encoding.UTF8.GetString(ascii);
        }

        var hash = (uint)ascii.Length;
        foreach (var b in ascii)
        {
            hash = (hash * 31) + b;
        }

        ref var entry = ref table[hash & (Size - 1)];
        if (entry is not null && Ascii.Equals(ascii, entry))
        {
            return entry;
        }

        entry = Encoding.UTF8.GetString(ascii);
        return entry;
    }
}
