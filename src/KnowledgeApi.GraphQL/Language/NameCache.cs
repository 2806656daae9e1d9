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
/// <remarks>
/// An entry keeps the token's first and last eight bytes next to the string. For the names of
/// at most 16 bytes that make up nearly every document, those two words and the length are the
/// whole token, so a hit is decided by comparing three numbers instead of the bytes with the
/// string's UTF-16 characters.
/// </remarks>
internal sealed class NameCache
{
    private const int SetBits = 9;
    private const int Sets = 1 << SetBits;
    private const int MaxCachedLength = 64;

    // Words and length spell a token out exactly up to this length; longer ones also compare text.
    private const int ExactKeyLength = 16;

    [ThreadStatic]
    private static NameCache? current;

    // Sets of two adjacent entries: a name looks in both ways of its set.
    private readonly Entry[] entries = new Entry[Sets * 2];

    /// <summary>This thread's cache; the parser fetches it once per parse, as thread-static access is not free.</summary>
    public static NameCache Current => current ??= new NameCache();

    public static string GetShared(ReadOnlySpan<byte> ascii) => Current.Get(ascii);

    /// <summary>The string for these bytes, from the cache when they were seen recently.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Get(ReadOnlySpan<byte> ascii) => FindShort(ascii) ?? GetOther(ascii);

    /// <summary>
    /// The hit path for names of 1 to 16 bytes, which the key words spell out exactly. It calls
    /// nothing, so it runs without saving registers; everything else goes to <see cref="GetOther"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string? FindShort(ReadOnlySpan<byte> ascii)
    {
        var length = ascii.Length;
        if ((uint)(length - 1) >= ExactKeyLength)
        {
            return null;
        }

        ReadKey(ascii, out var head, out var tail);
        ref var first = ref entries[SetOf(head, tail, length)];
        if (first.Head == head && first.Tail == tail && first.Length == length)
        {
            return first.Value;
        }

        ref var second = ref Unsafe.Add(ref first, 1);
        return second.Head == head && second.Tail == tail && second.Length == length ? second.Value : null;
    }

    /// <summary>Misses, names longer than 16 bytes (their text is compared too), and the uncached lengths.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string GetOther(ReadOnlySpan<byte> ascii)
    {
        var length = ascii.Length;
        if ((uint)(length - 1) >= MaxCachedLength)
        {
            // An empty key would match an unused entry, and long ones are rare: neither is cached.
            return length == 0 ? string.Empty : Encoding.UTF8.GetString(ascii);
        }

        ReadKey(ascii, out var head, out var tail);
        ref var first = ref entries[SetOf(head, tail, length)];
        if (Matches(first, ascii, head, tail))
        {
            return first.Value;
        }

        ref var second = ref Unsafe.Add(ref first, 1);
        if (Matches(second, ascii, head, tail))
        {
            return second.Value;
        }

        // Miss: the newest name takes the first way and the one it displaces moves to the second.
        var value = Encoding.UTF8.GetString(ascii);
        second = first;
        first = new Entry(value, head, tail, length);
        return value;
    }

    private static bool Matches(in Entry entry, ReadOnlySpan<byte> ascii, ulong head, ulong tail) =>
        entry.Head == head && entry.Tail == tail && entry.Length == ascii.Length
        && (ascii.Length <= ExactKeyLength || Ascii.Equals(ascii, entry.Value));

    /// <summary>The first and last eight bytes (four, or three picked bytes, for shorter tokens).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ReadKey(ReadOnlySpan<byte> bytes, out ulong head, out ulong tail)
    {
        var length = bytes.Length;
        ref var start = ref MemoryMarshal.GetReference(bytes);
        if (length >= 8)
        {
            head = Unsafe.ReadUnaligned<ulong>(ref start);
            tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, length - 8));
        }
        else if (length >= 4)
        {
            head = Unsafe.ReadUnaligned<uint>(ref start);
            tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, length - 4));
        }
        else
        {
            // One to three bytes: the first, middle and last cover them all.
            head = start | ((ulong)Unsafe.Add(ref start, length >> 1) << 8) | ((ulong)Unsafe.Add(ref start, length - 1) << 16);
            tail = 0;
        }
    }

    // Multiplicative hashing: the top bits of the product mix every input bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SetOf(ulong head, ulong tail, int length)
    {
        var mixed = (head ^ ((tail << 29) | (tail >> 35)) ^ (ulong)length) * 0x9E3779B97F4A7C15UL;
        return (int)(mixed >> (64 - SetBits)) * 2;
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly struct Entry(string value, ulong head, ulong tail, int length)
    {
        public readonly string Value = value;
        public readonly ulong Head = head;
        public readonly ulong Tail = tail;
        public readonly int Length = length;
    }
}
