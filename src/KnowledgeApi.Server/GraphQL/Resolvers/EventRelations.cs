using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>Resolvers of the <c>Event</c> fields that follow a relation.</summary>
internal static class EventRelations
{
    [GraphQLDescription("The people an article links to this event.")]
    [UseRelationPaging(typeof(Person))]
    public static Task<Connection> GetParticipantsAsync([Parent] Event @event, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.LinkedEntitiesAsync<Person>(context, reader, @event.Id);

    [GraphQLDescription("Where the event happened, when the text says.")]
    public static async Task<Place?> GetPlaceAsync([Parent] Event @event, IResolverContext context, [Service] KnowledgeReader reader) =>
        @event.PlaceId is { } id
            ? await KnowledgeLoaders.EntityById(context, reader).LoadAsync(id, context.RequestAborted).ConfigureAwait(false) as Place
            : null;

    [GraphQLDescription("The articles that mention this event.")]
    [UseRelationPaging(typeof(Article))]
    public static Task<Connection> GetMentionedInAsync([Parent] Event @event, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.ArticlesMentioningAsync(context, reader, @event.Id);
}
