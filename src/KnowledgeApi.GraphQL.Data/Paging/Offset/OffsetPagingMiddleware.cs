using KnowledgeApi.GraphQL.Data.Paging.Keyset;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.Paging.Offset;

/// <summary>The <c>[UseOffsetPaging]</c> middleware: checks <c>skip/take</c>, then fetches one segment of the inner query.</summary>
internal sealed class OffsetPagingMiddleware<T>(PagingOptions options, string segmentName)
{
    public FieldDelegate Create(FieldDelegate next) => async context =>
    {
        var (skip, take) = ReadArguments(context);
        await next(context).ConfigureAwait(false);
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
        context.Result = await OffsetPager.PageAsync(query, skip, take, request, context.RequestAborted).ConfigureAwait(false);
    };

    private (int Skip, int Take) ReadArguments(IMiddlewareContext context)
    {
        var skip = context.ArgumentValue<int?>("skip");
        var take = context.ArgumentValue<int?>("take");
        if (skip < 0)
        {
            throw FieldError.Raise(PagingErrors.Negative(context, "skip", skip.Value));
        }

        if (take < 0)
        {
            throw FieldError.Raise(PagingErrors.Negative(context, "take", take.Value));
        }

        if (take > options.MaxPageSize)
        {
            throw FieldError.Raise(PagingErrors.TooManyItems(context, take.Value, options.MaxPageSize));
        }

        if (options.RequirePagingBoundaries && take is null)
        {
            throw FieldError.Raise(PagingErrors.MissingBoundaries(context, $"Give `take` to page through `{segmentName}`."));
        }

        return (skip ?? 0, take ?? options.DefaultPageSize);
    }
}
