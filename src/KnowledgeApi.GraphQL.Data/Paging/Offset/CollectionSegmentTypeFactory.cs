using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Paging.Offset;

/// <summary>Creates <c>XCollectionSegment</c> and the shared <c>CollectionSegmentInfo</c> once per schema build (conventions §3.2).</summary>
internal static class CollectionSegmentTypeFactory
{
    public static ObjectType Info(IDescriptorContext context) =>
        ConnectionTypeFactory.Cached(context, "CollectionSegmentInfo", () => new ObjectType(d =>
        {
            d.Name("CollectionSegmentInfo").Description("Whether more items exist on either side of a segment.");
            d.Field("hasNextPage").Type("Boolean!")
                .Description("Whether items follow this segment.")
                .Resolve(ctx => ctx.Parent<CollectionSegmentInfo>().HasNextPage);
            d.Field("hasPreviousPage").Type("Boolean!")
                .Description("Whether items come before this segment.")
                .Resolve(ctx => ctx.Parent<CollectionSegmentInfo>().HasPreviousPage);
        }));

    public static ObjectType Segment(IDescriptorContext context, string baseName, NodeTypeReference item, PagingOptions options)
    {
        var name = baseName + "CollectionSegment";
        return ConnectionTypeFactory.Cached(context, name, () =>
        {
            var info = Info(context);
            return new ObjectType(d =>
            {
                d.Name(name).Description("A segment of a list, reached by skipping and taking items.");
                d.Field("pageInfo").Type(info, nonNull: true)
                    .Description("Where this segment sits in the list.")
                    .Resolve(ctx => ctx.Parent<CollectionSegment>().Info);
                item.Apply(d.Field("items"), list: true)
                    .Description("The items of the segment.")
                    .Resolve(ctx => ctx.Parent<CollectionSegment>().Items);
                if (options.IncludeTotalCount)
                {
                    var totalCount = d.Field("totalCount").Type("Int!")
                        .Description("How many items the whole list holds, across every segment.")
                        .Resolve(ctx => ctx.Parent<CollectionSegment>().TotalCount
                            ?? throw new InvalidOperationException("totalCount was selected but not counted."));
                    DataCostDefaults.TotalCount(Execution.Analysis.CostDefaults.Of(context), totalCount);
                }
            });
        });
    }
}
