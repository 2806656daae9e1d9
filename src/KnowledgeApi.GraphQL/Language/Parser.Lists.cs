namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Building the node lists without a List per list: items go onto one scratch stack shared by
/// the whole parse, and a finished list is copied into an array of exactly its size. Lists nest
/// strictly (an inner list ends before its outer one continues), so a stack is enough. The
/// stack (<see cref="ScratchStack"/>) is reused across parses on the same thread.
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
        where T : class, ISyntaxNode => scratch.Pop<T>(start);

    private sealed class ThreadResources
    {
        public ScratchStack Scratch { get; } = new();

        public NameCache Names { get; } = NameCache.Current;
    }
}
