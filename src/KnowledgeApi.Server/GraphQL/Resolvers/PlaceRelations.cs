using KnowledgeApi.GraphQL.Data.Paging;
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
    [UsePaging]
    public static IQueryable<Article> GetMentionedIn([Parent] Place place, [Service] KnowledgeReader reader) =>
        EntityQueries.ArticlesMentioning(reader.Open(), place.Id);
}
