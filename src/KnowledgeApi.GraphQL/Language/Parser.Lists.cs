namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Building the node lists without a List per list: items go onto one scratch stack shared by
/// the whole parse, and a finished list is copied into an array of exactly its size. Lists nest
/// strictly (an inner list ends before its outer one continues), so a stack is enough. The
/// stack is reused across parses on the same thread.
/// </summary>
public ref partial struct Parser
{
    [ThreadStatic]
    private static List<ISyntaxNode>? cachedScratch;

    private static List<ISyntaxNode> RentScratch()
    {
        var list = cachedScratch ?? new List<ISyntaxNode>(64);
        cachedScratch = null;
        return list;
    }

    private readonly void ReturnScratch()
    {
        // Clearing drops references to the nodes of a failed parse so they can be collected.
        scratch.Clear();
        cachedScratch = scratch;
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
        for (var i = 0; i < count; i++)
        {
            items[i] = (T)scratch[start + i];
        }

        scratch.RemoveRange(start, count);
        return items;
    }
}
