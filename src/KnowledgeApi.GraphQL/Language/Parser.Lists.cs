using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Building the node lists without a List per list: items go onto one scratch stack shared by
/// the whole parse, and a finished list is copied into an array of exactly its size. Lists nest
/// strictly (an inner list ends before its outer one continues), so a stack is enough. The
/// stack is reused across parses on the same thread. It holds <c>object</c> because storing into
/// an <c>object[]</c> skips the covariance check an interface-typed array costs on every add.
/// </summary>
public ref partial struct Parser
{
    // One thread-static slot holds both the scratch stack and the name table, because each
    // thread-static access costs a lookup and small documents parse in a few microseconds.
    [ThreadStatic]
    private static ThreadResources? cachedResources;

    private static ThreadResources RentResources()
    {
        var resources = cachedResources ?? new ThreadResources();
        cachedResources = null;
        return resources;
    }

    private readonly void ReturnScratch()
    {
        // Clearing drops references to the nodes of a failed parse so they can be collected.
        scratch.Clear();
        cachedResources = resources;
    }

    /// <summary>Starts a list; pass the result to <see cref="EndList{T}"/> once its items are added to the scratch.</summary>
    private readonly int BeginList() => scratch.Count;

    private readonly T[] EndList<T>(int start)
        where T : class, ISyntaxNode
    {
        var count = scratch.Count - start;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];

        // Every item between start and the end was added as a T by the list's own parse loop,
        // so one bulk copy replaces a type-checked store per item (interface-typed arrays make
        // each store a covariance check).
        var source = CollectionsMarshal.AsSpan(scratch).Slice(start, count);
        var target = MemoryMarshal.CreateSpan(ref Unsafe.As<T, object>(ref MemoryMarshal.GetArrayDataReference(items)), count);
        source.CopyTo(target);
        scratch.RemoveRange(start, count);
        return items;
    }

    private sealed class ThreadResources
    {
        public List<object> Scratch { get; } = new(64);

        public string?[] Names { get; } = NameCache.Table;
    }
}
