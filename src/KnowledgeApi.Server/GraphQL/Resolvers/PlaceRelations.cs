using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>Resolvers of the <c>Place</c> fields that follow a relation.</summary>
internal static class PlaceRelations
{
    [GraphQLDescription("The events that happened at this place.")]
    [UseRelationPaging(typeof(Event))]
    public static Task<Connection> GetEventsAsync([Parent] Place place, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.EventsAtAsync(context, reader, place.Id);

    [GraphQLDescription("The articles that mention this place.")]
    [UseRelationPaging(typeof(Article))]
    public static Task<Connection> GetMentionedInAsync([Parent] Place place, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.ArticlesMentioningAsync(context, reader, place.Id);
}
