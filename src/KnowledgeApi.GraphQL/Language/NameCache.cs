using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Turns name (and number) tokens into strings, reusing the string when the same bytes were seen
/// recently. Requests repeat the same few hundred names (<c>id</c>, <c>name</c>, <c>__typename</c>...),
/// so this removes most string allocations from parsing. It is a fixed-size, two-way associative
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

        // Two-way set associative: a name looks in its slot and the slot's neighbour, so two
        // names of one document sharing a slot do not evict each other on every parse.
        var slot = (int)(Hash(ascii) & (Size - 1));
        var first = table[slot];
        if (Matches(first, ascii))
        {
            return first;
        }

        ref var second = ref table[slot ^ 1];
        if (Matches(second, ascii))
        {
            return second;
        }

        // Miss: the newest name takes the home slot and the one it displaces moves next door.
        var value = Encoding.UTF8.GetString(ascii);
        second = first;
        table[slot] = value;
        return value;
    }

    private static bool Matches([NotNullWhen(true)] string? entry, ReadOnlySpan<byte> ascii) =>
        entry is not null && entry.Length == ascii.Length && Ascii.Equals(ascii, entry);

    // A constant-time hash of the length and the first and last four bytes: it is computed for
    // every name token, and a rare collision only costs a string allocation, never a wrong result.
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var length = (uint)bytes.Length;
        if (length >= 4)
        {
            ref var first = ref MemoryMarshal.GetReference(bytes);
            var head = Unsafe.ReadUnaligned<uint>(ref first);
            var tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, (nint)length - 4));
            return Mix((head * 0x9E3779B1) ^ BitOperations.RotateLeft(tail, 13) ^ length);
        }

        var small = length;
        foreach (var b in bytes)
        {
            small = (small << 8) | b;
        }

        return Mix(small);
    }

    private static uint Mix(uint hash)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        return hash ^ (hash >> 12);
    }
}
