using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// The parser's stack of list items under construction (see Parser.Lists.cs). Items sit in a
/// struct slot so that pushing one is a plain store: storing into an <c>object[]</c> would cost
/// an array-covariance check per item, and <see cref="List{T}"/> adds a version bump on top.
/// </summary>
internal sealed class ScratchStack
{
    private Slot[] slots = new Slot[64];

    // The highest count since the last Clear: the slots above Count still hold popped items
    // (clearing them at every Pop cost more than the copy), and Clear drops them up to here.
    private int highWater;

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(object item)
    {
        var count = Count;
        var slots = this.slots;
        if ((uint)count < (uint)slots.Length)
        {
            slots[count].Item = item;
            Count = count + 1;
            return;
        }

        Grow(item);
    }

    /// <summary>Moves the items from <paramref name="start"/> to the top into a new array of exactly their number.</summary>
    public T[] Pop<T>(int start)
        where T : class
    {
        var count = Count - start;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];

        // Every item above start was pushed as a T by the list's own parse loop, and a slot is
        // exactly one reference, so the slots copy straight into the array without type checks.
        var source = MemoryMarshal.CreateSpan(ref Unsafe.As<Slot, object>(ref slots[start]), count);
        var target = MemoryMarshal.CreateSpan(ref Unsafe.As<T, object>(ref MemoryMarshal.GetArrayDataReference(items)), count);
        source.CopyTo(target);

        if (Count > highWater)
        {
            highWater = Count;
        }

        Count = start;
        return items;
    }

    /// <summary>Drops every reference the stack still holds, so a finished or failed parse's nodes can be collected.</summary>
    public void Clear()
    {
        Array.Clear(slots, 0, Math.Max(highWater, Count));
        highWater = 0;
        Count = 0;
    }

    private void Grow(object item)
    {
        Array.Resize(ref slots, slots.Length * 2);
        slots[Count].Item = item;
        Count++;
    }

    private struct Slot
    {
        public object Item;
    }
}
