using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// The paging errors with Hot Chocolate's codes and extension members (conventions §3). Messages
/// follow HC's meaning in our own words. They are field errors: the paged field becomes null.
/// </summary>
internal static class PagingErrors
{
    public const string MaxPageSizeExceeded = "HC0051";
    public const string BoundariesRequired = "HC0052";
    public const string InvalidCursor = "HC0078";
    public const string NegativePageSize = "HC0079";

    public static GraphQLError TooManyItems(IResolverContext context, int requested, int max) =>
        Create(context, "The page size asked for is larger than this field allows.", MaxPageSizeExceeded)
            .WithExtension("requestedItems", requested)
            .WithExtension("maxAllowedItems", max);

    public static GraphQLError Negative(IResolverContext context, string argument, int requested) =>
        Create(context, "A page size cannot be negative.", NegativePageSize)
            .WithExtension("argument", argument)
            .WithExtension("requestedItems", requested);

    public static GraphQLError BadCursor(IResolverContext context, string argument, string cursor) =>
        Create(context, $"The cursor given in `{argument}` is not valid for this list and order.", InvalidCursor)
            .WithExtension("argument", argument)
            .WithExtension("cursor", cursor);

    public static GraphQLError MissingBoundaries(IResolverContext context, string message) =>
        Create(context, message, BoundariesRequired);

    private static GraphQLError Create(IResolverContext context, string message, string code) =>
        new GraphQLError(message)
            .WithLocations(context.Selection)
            .WithCode(code)
            .WithExtension("coordinate", context.Field.Coordinate) with
        {
            Path = context.Path.ToList(),
        };
}
