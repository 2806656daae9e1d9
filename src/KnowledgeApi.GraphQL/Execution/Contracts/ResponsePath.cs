using System.Globalization;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// A response path (<c>["articles", 0, "title"]</c>) as an immutable linked list, so each
/// field appends one segment without copying its parent's. (Not named <c>Path</c>, which every
/// file with implicit usings would confuse with <see cref="System.IO.Path"/>.)
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? name, int index, int depth)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Depth = depth;
    }

    /// <summary>The empty path above every root field.</summary>
    public static ResponsePath Root { get; } = new(null, null, -1, 0);

    public ResponsePath? Parent { get; }

    /// <summary>The response name of this segment, or null for a list index.</summary>
    public string? Name { get; }

    /// <summary>The list index of this segment, or -1 for a name.</summary>
    public int Index { get; }

    /// <summary>How many segments the path has.</summary>
    public int Depth { get; }

    public ResponsePath Append(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(this, name, -1, Depth + 1);
    }

    public ResponsePath Append(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new(this, null, index, Depth + 1);
    }

    /// <summary>The segments from the root: strings for names, ints for indexes (the JSON shape of <c>path</c>).</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var path = this; path.Parent is not null; path = path.Parent)
        {
            segments[path.Depth - 1] = path.Name ?? (object)path.Index;
        }

        return segments;
    }

    public override string ToString() =>
        "/" + string.Join('/', ToList().Select(s => Convert.ToString(s, CultureInfo.InvariantCulture)));
}
