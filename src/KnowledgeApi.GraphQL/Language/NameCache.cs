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

    // One call per name token: kept out of line so the parse methods spend their inlining budget
    // on node construction instead.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public string Get(ReadOnlySpan<byte> ascii)
    {
        var length = ascii.Length;
        if ((uint)(length - 1) >= MaxCachedLength)
        {
            // An empty key would match an unused entry, and long ones are rare: neither is cached.
            return length == 0 ? string.Empty : Encoding.UTF8.GetString(ascii);
        }

        ReadKey(ascii, out var head, out var tail);
        var set = SetOf(head, tail, length);
        ref var first = ref entries[set];
        if (first.Head == head && first.Tail == tail && first.Length == length && (length <= ExactKeyLength || Ascii.Equals(ascii, first.Value)))
        {
            return first.Value;
        }

        ref var second = ref Unsafe.Add(ref first, 1);
        if (second.Head == head && second.Tail == tail && second.Length == length && (length <= ExactKeyLength || Ascii.Equals(ascii, second.Value)))
        {
            return second.Value;
        }

        return Miss(ref first, ascii, head, tail);
    }

    // Miss: the newest name takes the first way and the one it displaces moves to the second.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Miss(ref Entry first, ReadOnlySpan<byte> ascii, ulong head, ulong tail)
    {
        var value = Encoding.UTF8.GetString(ascii);
        Unsafe.Add(ref first, 1) = first;
        first = new Entry(value, head, tail, ascii.Length);
        return value;
    }

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
