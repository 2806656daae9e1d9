namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// A composite value in the response tree (an object or a list) that remembers where it sits in
/// its parent. That link is what null propagation walks: when a non-null slot receives null, the
/// node itself becomes null in its parent, and so on up to the nearest nullable slot.
/// </summary>
internal abstract class ResultNode(ResultNode? parent, int parentIndex, bool slotIsNonNull)
{
    public ResultNode? Parent { get; } = parent;

    /// <summary>The index of this node in its parent's slots.</summary>
    public int ParentIndex { get; } = parentIndex;

    /// <summary>Whether the slot this node fills in its parent has a non-null type.</summary>
    public bool SlotIsNonNull { get; } = slotIsNonNull;

    /// <summary>True once this node was replaced by null because a non-null child failed.</summary>
    public bool IsNulled { get; private set; }

    public abstract object?[] Values { get; }

    /// <summary>
    /// Nulls the slot at <paramref name="index"/>; when the slot is non-null the null moves up to
    /// this node's own slot, repeatedly. Returns true when it reached the root (<c>data</c> is null).
    /// </summary>
    public bool SetNull(int index, bool slotIsNonNull)
    {
        Values[index] = null;
        if (!slotIsNonNull)
        {
            return false;
        }

        // Walk up until a nullable slot takes the null.
        for (var node = this; ; node = node.Parent!)
        {
            node.IsNulled = true;
            if (node.Parent is null)
            {
                return true;
            }

            node.Parent.Values[node.ParentIndex] = null;
            if (!node.SlotIsNonNull)
            {
                return false;
            }
        }
    }
}

/// <summary>An object in the response: the response names of its selections and their values, in selection order.</summary>
internal sealed class ResultObject(IReadOnlyList<string> names, ResultNode? parent, int parentIndex, bool slotIsNonNull)
    : ResultNode(parent, parentIndex, slotIsNonNull)
{
    private readonly object?[] values = new object?[names.Count];

    public IReadOnlyList<string> Names { get; } = names;

    public override object?[] Values => values;
}

/// <summary>A list in the response.</summary>
internal sealed class ResultList(int count, ResultNode? parent, int parentIndex, bool slotIsNonNull)
    : ResultNode(parent, parentIndex, slotIsNonNull)
{
    private readonly object?[] values = count == 0 ? [] : new object?[count];

    public override object?[] Values => values;
}
