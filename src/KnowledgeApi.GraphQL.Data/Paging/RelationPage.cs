using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// The page a nested connection field asks for under one parent: the Relay arguments, the page
/// size when none is given, and whether <c>totalCount</c> and the items are selected. Parents of
/// one list selecting the same field share an equal value, so it can be part of a DataLoader key
/// and the pages of all those parents load together.
/// </summary>
public sealed record RelationPage(int? First, string? After, int? Last, string? Before, int DefaultPageSize, bool IncludeTotalCount, bool NeedsItems)
{
    /// <summary>Paging backwards: <c>last</c> without <c>first</c>.</summary>
    public bool IsBackward => Last is not null && First is null;

    /// <summary>How many items the page holds.</summary>
    public int Size => (IsBackward ? Last : First) ?? DefaultPageSize;

    /// <summary>
    /// The page the field being resolved asks for. The <c>[UsePaging]</c>-style middleware around the
    /// field has already refused negative or too large sizes before the resolver runs.
    /// </summary>
    public static RelationPage From(IResolverContext context, int defaultPageSize = 10)
    {
        ArgumentNullException.ThrowIfNull(context);
        var arguments = context.Field.Arguments;
        return new RelationPage(
            context.ArgumentValue<int?>("first"),
            context.ArgumentValue<string?>("after"),
            arguments.ContainsField("last") ? context.ArgumentValue<int?>("last") : null,
            arguments.ContainsField("before") ? context.ArgumentValue<string?>("before") : null,
            defaultPageSize,
            IncludeTotalCount: SelectionInspector.MaySelect(context, "totalCount"),
            NeedsItems: SelectionInspector.MaySelectOtherThan(context, "totalCount"));
    }
}
