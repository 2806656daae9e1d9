using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>Resolvers of the <c>Place</c> fields that follow a relation.</summary>
internal static class PlaceRelations
{
    [GraphQLDescription("The events that happened at this place.")]
    [UsePaging]
    public static IQueryable<Event> GetEvents([Parent] Place place, [Service] KnowledgeReader reader) =>
        reader.Open().Events.Where(e => e.PlaceId == place.Id).OrderBy(e => e.StartsOn).ThenBy(e => e.Name);

    [GraphQLDescription("The articles that mention this place.")]
    [UseRelationPaging(typeof(Article))]
    public static Task<Connection> GetMentionedInAsync([Parent] Place place, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.ArticlesMentioningAsync(context, reader, place.Id);
}
