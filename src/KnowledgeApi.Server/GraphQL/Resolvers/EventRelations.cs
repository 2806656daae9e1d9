using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>Resolvers of the <c>Event</c> fields that follow a relation.</summary>
internal static class EventRelations
{
    [GraphQLDescription("The people an article links to this event.")]
    [UsePaging]
    public static IQueryable<Person> GetParticipants([Parent] Event @event, [Service] KnowledgeReader reader)
    {
        var db = reader.Open();
        return EntityQueries.Linked(db, db.People, @event.Id);
    }

    [GraphQLDescription("Where the event happened, when the text says.")]
    public static Task<Place?> GetPlaceAsync([Parent] Event @event, [Service] KnowledgeReader reader, CancellationToken cancellationToken) =>
        @event.PlaceId is { } id
            ? reader.Open().Places.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : Task.FromResult<Place?>(null);

    [GraphQLDescription("The articles that mention this event.")]
    [UseRelationPaging(typeof(Article))]
    public static Task<Connection> GetMentionedInAsync([Parent] Event @event, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.ArticlesMentioningAsync(context, reader, @event.Id);
}
