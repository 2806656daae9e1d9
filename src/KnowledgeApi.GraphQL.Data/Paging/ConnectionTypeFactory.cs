using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// Creates the Relay types of a paged field once per schema build: the shared <c>PageInfo</c>, and
/// <c>XConnection</c>/<c>XEdge</c> per connection name, cached in the descriptor context so two
/// fields with one name share them. Field order and shapes follow conventions §3.1.
/// </summary>
internal static class ConnectionTypeFactory
{
    private const string CacheKey = "KnowledgeApi.GraphQL.Data.Paging.Types.";

    public static ObjectType PageInfo(IDescriptorContext context) =>
        Cached(context, "PageInfo", () => new ObjectType(d =>
        {
            d.Name("PageInfo").Description("Whether more items exist on either side of a page, and the cursors at its ends.");
            d.Field("hasNextPage").Type("Boolean!")
                .Description("Whether items follow this page.")
                .Resolve(ctx => ctx.Parent<PageInfo>().HasNextPage);
            d.Field("hasPreviousPage").Type("Boolean!")
                .Description("Whether items come before this page.")
                .Resolve(ctx => ctx.Parent<PageInfo>().HasPreviousPage);
            d.Field("startCursor").Type("String")
                .Description("The cursor of the first item: pass it as `before` to page backwards.")
                .Resolve(ctx => ctx.Parent<PageInfo>().StartCursor);
            d.Field("endCursor").Type("String")
                .Description("The cursor of the last item: pass it as `after` to page forwards.")
                .Resolve(ctx => ctx.Parent<PageInfo>().EndCursor);
        }));

    public static ObjectType Connection(IDescriptorContext context, string baseName, NodeTypeReference node, PagingOptions options)
    {
        var connectionName = baseName + "Connection";
        return Cached(context, connectionName, () =>
        {
            var edge = Cached(context, baseName + "Edge", () => new ObjectType(d =>
            {
                d.Name(baseName + "Edge").Description("One item of a page with its cursor.");
                d.Field("cursor").Type("String!")
                    .Description("Points at this item: pass it as `after` or `before` to continue from here.")
                    .Resolve(ctx => ctx.Parent<Edge>().Cursor);
                node.Apply(d.Field("node"), list: false)
                    .Description("The item.")
                    .Resolve(ctx => ctx.Parent<Edge>().Node);
            }));
            var pageInfo = PageInfo(context);
            return new ObjectType(d =>
            {
                d.Name(connectionName).Description("A page of items, with the cursors to move through the whole list.");
                d.Field("pageInfo").Type(pageInfo, nonNull: true)
                    .Description("Where this page sits in the list.")
                    .Resolve(ctx => ctx.Parent<Connection>().PageInfo);
                d.Field("edges").Type(new ListType(new NonNullType(edge)))
                    .Description("The items of the page, each with its cursor.")
                    .Resolve(ctx => ctx.Parent<Connection>().Edges);
                if (options.IncludeNodesField)
                {
                    node.Apply(d.Field("nodes"), list: true)
                        .Description("The items of the page without their cursors.")
                        .Resolve(ctx => ctx.Parent<Connection>().Nodes);
                }

                if (options.IncludeTotalCount)
                {
                    var totalCount = d.Field("totalCount").Type("Int!")
                        .Description("How many items the whole list holds, across every page.")
                        .Resolve(ctx => ctx.Parent<Connection>().TotalCount
                            ?? throw new InvalidOperationException("totalCount was selected but not counted."));
                    DataCostDefaults.TotalCount(Execution.Analysis.CostDefaults.Of(context), totalCount);
                }
            });
        });
    }

    internal static ObjectType Cached(IDescriptorContext context, string name, Func<ObjectType> create)
    {
        if (context.ContextData.TryGetValue(CacheKey + name, out var existing) && existing is ObjectType type)
        {
            return type;
        }

        type = create();
        context.ContextData[CacheKey + name] = type;
        return type;
    }
}
