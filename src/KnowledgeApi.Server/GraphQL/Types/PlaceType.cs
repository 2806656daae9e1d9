using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Resolvers;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>Place</c> type: where events happen and what mentions of countries and cities point at.</summary>
internal sealed class PlaceType : ObjectType<Place>
{
    protected override void Configure(IObjectTypeDescriptor<Place> descriptor)
    {
        descriptor.BindFieldsExplicitly()
            .Implements<EntityInterfaceType>()
            .Description("A city, region or country. Kept apart from organizations, so \"Mexico\" the country is not \"the Mexican government\".");
        descriptor.ImplementsNode(p => p.Id, NodeLoaders.EntityAsync<Place>);
        descriptor.Field(p => p.Id).Description("The place's global ID, unique across the whole graph; `node(id:)` fetches it again.");
        descriptor.Field(p => p.Name).Description("The canonical name.");
        descriptor.Field(p => p.Aliases).Description("Other names the articles use for the place.");
        descriptor.Field(p => p.Description).Description("A short description, when known.");
        descriptor.Field(p => p.Kind).Description("What sort of place it is (\"country\", \"city\"), when known.");
        descriptor.Field(p => PlaceRelations.GetEventsAsync(p, default!, default!)).Description("The events that happened here.");
        descriptor.Field(p => PlaceRelations.GetMentionedInAsync(p, default!, default!)).Description("The articles that mention this place.");
    }
}
