using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Resolvers;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>Event</c> type: something that happened, with its dates and place.</summary>
internal sealed class EventType : ObjectType<Event>
{
    protected override void Configure(IObjectTypeDescriptor<Event> descriptor)
    {
        descriptor.BindFieldsExplicitly()
            .Implements<EntityInterfaceType>()
            .Description("Something that happened: an attack, an election, a summit; with its dates and place when the articles give them.");
        descriptor.ImplementsNode(e => e.Id, NodeLoaders.EntityAsync<Event>);
        descriptor.Field(e => e.Id).Description("The event's global ID, unique across the whole graph; `node(id:)` fetches it again.");
        descriptor.Field(e => e.Name).Description("The name the articles give the event.");
        descriptor.Field(e => e.Aliases).Description("Other names the articles use for the event.");
        descriptor.Field(e => e.Description).Description("A short description, when known.");
        descriptor.Field(e => e.StartsOn).Description("The day the event began, when known.");
        descriptor.Field(e => e.EndsOn).Description("The day the event ended, when known and different from the start.");
        descriptor.Field(e => EventRelations.GetPlaceAsync(e, default!, default!)).Description("Where the event happened, when the articles say.");
        descriptor.Field(e => EventRelations.GetParticipantsAsync(e, default!, default!)).Description("The people an article links to this event.");
        descriptor.Field(e => EventRelations.GetMentionedInAsync(e, default!, default!)).Description("The articles that mention this event.");
    }
}
