using KnowledgeApi.GraphQL.Data.Paging.Keyset;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// The outermost data middleware of a <c>[UsePaging]</c> field: checks <c>first/after/last/before</c>
/// before the resolver runs, then pages the query the inner middleware produced. <c>totalCount</c>
/// is counted only when the request may select it, and the page is not fetched when only
/// <c>totalCount</c> is selected.
/// </summary>
internal sealed class CursorPagingMiddleware<T>(PagingOptions options, string connectionName)
{
    public FieldDelegate Create(FieldDelegate next) => async context =>
    {
        var arguments = ReadArguments(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (InvalidCursorException e)
        {
            // A resolver that builds its connection itself (a nested page loaded for many parents) checks cursors too.
            throw FieldError.Raise(PagingErrors.BadCursor(context, e.Argument, e.Cursor));
        }

        var query = context.Result switch
        {
            IQueryable<T> queryable => queryable,
            IEnumerable<T> enumerable => enumerable.AsQueryable(),
            _ => null,
        };
        if (query is null)
        {
            return;
        }

        var request = PageRequest.From(
            options,
            includeTotalCount: options.IncludeTotalCount && SelectionInspector.MaySelect(context, "totalCount"),
            needsItems: SelectionInspector.MaySelectOtherThan(context, "totalCount"));
        try
        {
            context.Result = await KeysetPager.PageAsync(query, arguments, request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidCursorException e)
        {
            throw FieldError.Raise(PagingErrors.BadCursor(context, e.Argument, e.Cursor));
        }
    };

    private CursorPagingArguments ReadArguments(IMiddlewareContext context)
    {
        var first = context.ArgumentValue<int?>("first");
        var after = context.ArgumentValue<string?>("after");
        int? last = null;
        string? before = null;
        if (options.AllowBackwardPagination)
        {
            last = context.ArgumentValue<int?>("last");
            before = context.ArgumentValue<string?>("before");
        }

        Check(context, "first", first);
        Check(context, "last", last);
        if (options.RequirePagingBoundaries && first is null && last is null)
        {
            throw FieldError.Raise(PagingErrors.MissingBoundaries(
                context, $"Give `first` or `last` to page through `{connectionName}`."));
        }

        return new CursorPagingArguments(first, after, last, before);
    }

    private void Check(IMiddlewareContext context, string argument, int? requested)
    {
        if (requested < 0)
        {
            throw FieldError.Raise(PagingErrors.Negative(context, argument, requested.Value));
        }

        if (requested > options.MaxPageSize)
        {
            throw FieldError.Raise(PagingErrors.TooManyItems(context, requested.Value, options.MaxPageSize));
        }
    }
}
