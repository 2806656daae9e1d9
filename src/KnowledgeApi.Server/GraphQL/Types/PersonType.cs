using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Resolvers;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>Person</c> type: someone articles write about, quote, or who wrote them.</summary>
internal sealed class PersonType : ObjectType<Person>
{
    protected override void Configure(IObjectTypeDescriptor<Person> descriptor)
    {
        descriptor.BindFieldsExplicitly()
            .Implements<EntityInterfaceType>()
            .Implements<SpeakerType>()
            .Description("A named person: an author, someone quoted, or someone an article mentions.");
        descriptor.ImplementsNode(p => p.Id, NodeLoaders.EntityAsync<Person>);
        descriptor.Field(p => p.Id).Description("The person's global ID, unique across the whole graph; `node(id:)` fetches it again.");
        descriptor.Field(p => p.Name).Description("The full canonical name (\"Andrés Manuel López Obrador\"). Filters on it are exact and case-sensitive; use `search` for loose matching.");
        descriptor.Field(p => p.Aliases).Description("Other names the articles use for this person (\"AMLO\", \"López Obrador\").");
        descriptor.Field(p => p.Description).Description("A short description or role (\"President of Mexico\"), when known.");
        descriptor.Field(p => p.Confirmed).Description("True when a person curated this entry; false when ingestion found it by rules.");
        descriptor.Field(p => PersonRelations.GetQuotationsAsync(p, default!, default!)).Description("What this person is quoted as saying, across all articles.");
        descriptor.Field(p => PersonRelations.GetQuotedInAsync(p, default!, default!)).Description("The articles that quote this person.");
        descriptor.Field(p => PersonRelations.GetMentionedInAsync(p, default!, default!)).Description("The articles that mention this person.");
        descriptor.Field(p => PersonRelations.GetArticlesWrittenAsync(p, default!, default!)).Description("The articles this person wrote.");
        descriptor.Field(p => PersonRelations.GetMemberOfAsync(p, default!, default!)).Description("The organizations an article links this person to, as a member or in a role.");
    }
}
