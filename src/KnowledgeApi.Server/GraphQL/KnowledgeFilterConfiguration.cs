using KnowledgeApi.GraphQL.Data;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL;

/// <summary>
/// Shapes the generated <c>where</c>/<c>order</c> inputs to what the object types show: storage
/// columns (hashes, foreign keys, offsets, lookup keys) are left out, and the quotation's speaker
/// gets concrete filter fields because no filter input exists for the abstract <c>Speaker</c>.
/// The <c>id</c> filters take the same global IDs the object types show, decoded for their own type.
/// Projections read what relation resolvers need beside the selection: the foreign keys they load
/// by, and the unnamed speaker's description, from which <c>speaker</c> builds the speaker.
/// </summary>
internal static class KnowledgeFilterConfiguration
{
    public static IRequestExecutorBuilder AddKnowledgeFilterConfiguration(this IRequestExecutorBuilder builder) =>
        builder
            .ConfigureDataType<Article>(article => article
                .Id(a => a.Id, "Article")
                .Ignore(a => a.SourceName)
                .Ignore(a => a.PublisherId)
                .AlwaysProject(a => a.PublisherId)
                .Ignore(a => a.ContentHash)
                .Ignore(a => a.Authorships)
                .Ignore(a => a.Mentions)
                .Ignore(a => a.Links))
            .ConfigureDataType<Entity>(entity => entity
                .Ignore(e => e.Type)
                .Ignore(e => e.Keys)
                .Ignore(e => e.Mentions))
            .ConfigureDataType<Person>(person => person.Id(p => p.Id, "Person").Ignore(p => p.Kind))
            .ConfigureDataType<Organization>(organization => organization.Id(o => o.Id, "Organization"))
            .ConfigureDataType<Event>(@event => @event.Id(e => e.Id, "Event").Ignore(e => e.Kind).Ignore(e => e.Confirmed).Ignore(e => e.PlaceId).AlwaysProject(e => e.PlaceId))
            .ConfigureDataType<Place>(place => place.Id(p => p.Id, "Place").Ignore(p => p.Confirmed))
            .ConfigureDataType<Quotation>(quotation => quotation
                .Id(q => q.Id, "Quotation")
                .Ignore(q => q.ArticleId)
                .AlwaysProject(q => q.ArticleId)
                .Ignore(q => q.StartOffset)
                .Ignore(q => q.Length)
                .Ignore(q => q.Parts)
                .Ignore(q => q.SpeakerId)
                .AlwaysProject(q => q.SpeakerId)
                .Ignore(q => q.Speaker)
                .Ignore(q => q.SpeakerDescriptor)
                .AlwaysProject(q => q.SpeakerDescriptor)
                .Field("speakerPerson", q => q.Speaker as Person)
                .Field("speakerOrganization", q => q.Speaker as Organization));
}
