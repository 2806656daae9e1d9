using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>What <c>[UsePaging]</c> does to a field: arguments, connection type, middleware.</summary>
internal static class PagingDescriptorExtensions
{
    public static void UseCursorPaging(
        this IObjectFieldDescriptor descriptor,
        IDescriptorContext context,
        Type elementType,
        NodeTypeReference node,
        string baseName,
        PagingOptions options)
    {
        descriptor.Argument("first", a => a.Type("Int").Description("How many items to return from the start of the list (after `after`, if given)."));
        descriptor.Argument("after", a => a.Type("String").Description("Only items after the one this cursor points at."));
        if (options.AllowBackwardPagination)
        {
            descriptor.Argument("last", a => a.Type("Int").Description("How many items to return from the end of the list (before `before`, if given)."));
            descriptor.Argument("before", a => a.Type("String").Description("Only items before the one this cursor points at."));
        }

        DataCostDefaults.PagingField(
            Execution.Analysis.CostDefaults.Of(context),
            descriptor,
            options.AllowBackwardPagination ? ["first", "last"] : ["first"],
            ["edges", "nodes"],
            options.MaxPageSize,
            options.DefaultPageSize,
            options.RequirePagingBoundaries);
        var connection = ConnectionTypeFactory.Connection(context, baseName, node, options);
        descriptor.Type(connection);
        descriptor.Use(CreateMiddleware(elementType, options, baseName + "Connection"));
    }

    private static FieldMiddleware CreateMiddleware(Type elementType, PagingOptions options, string connectionName)
    {
        // One generic instantiation per field at schema build; no reflection per request.
        var middleware = Activator.CreateInstance(typeof(CursorPagingMiddleware<>).MakeGenericType(elementType), options, connectionName)!;
        var create = middleware.GetType().GetMethod(nameof(CursorPagingMiddleware<object>.Create))!;
        return (FieldMiddleware)Delegate.CreateDelegate(typeof(FieldMiddleware), middleware, create);
    }
}
