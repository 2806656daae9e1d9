using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Resolvers;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>Organization</c> type: newspapers, parties, agencies, companies...</summary>
internal sealed class OrganizationType : ObjectType<Organization>
{
    protected override void Configure(IObjectTypeDescriptor<Organization> descriptor)
    {
        descriptor.BindFieldsExplicitly()
            .Implements<EntityInterfaceType>()
            .Implements<SpeakerType>()
            .Description("An organization: a newspaper, party, government body, agency or company; `kind` says which.");
        descriptor.ImplementsNode(o => o.Id, NodeLoaders.EntityAsync<Organization>);
        descriptor.Field(o => o.Id).Description("The organization's global ID, unique across the whole graph; `node(id:)` fetches it again.");
        descriptor.Field(o => o.Name).Description("The canonical name. Filters on it are exact and case-sensitive; use `search` for loose matching.");
        descriptor.Field(o => o.Aliases).Description("Other names and abbreviations the articles use for it.");
        descriptor.Field(o => o.Description).Description("A short description, when known.");
        descriptor.Field(o => o.Kind).Description("What sort of organization it is (\"newspaper\", \"political party\"), when known.");
        descriptor.Field(o => o.Confirmed).Description("True when a person curated this entry; false when ingestion found it by rules.");
        descriptor.Field(o => OrganizationRelations.GetQuotationsAsync(o, default!, default!)).Description("What this organization is quoted as saying, across all articles.");
        descriptor.Field(o => OrganizationRelations.GetQuotedInAsync(o, default!, default!)).Description("The articles that quote this organization.");
        descriptor.Field(o => OrganizationRelations.GetMentionedInAsync(o, default!, default!)).Description("The articles that mention this organization.");
        descriptor.Field(o => OrganizationRelations.GetMembersAsync(o, default!, default!)).Description("The people an article links to this organization, as members or in a role (\"president of\").");
        descriptor.Field(o => OrganizationRelations.GetArticlesPublishedAsync(o, default!, default!)).Description("The articles this organization published.");
    }
}
